package io.quorum.execution.keys;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For operators (not routed by the gateway): where the master key rotation stands. */
@RestController
class RotationController {

    private final KeyRotation rotation;

    RotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping("/internal/keys/rotation")
    KeyRotation.Progress progress() {
        return rotation.progress();
    }
}
