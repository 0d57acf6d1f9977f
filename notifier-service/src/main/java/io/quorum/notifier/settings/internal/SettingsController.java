package io.quorum.notifier.settings.internal;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.notifier.platform.Callers;
import io.quorum.notifier.settings.SettingsDraft;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own Slack and Telegram settings; nobody can see or change another user's. */
@RestController
@RequestMapping("/api/notifications/settings")
class SettingsController {

    private final SettingsService settings;

    SettingsController(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping
    SettingsView get(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller) {
        return SettingsView.of(settings.of(Callers.from(caller)));
    }

    @PutMapping
    SettingsView put(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller,
                     @RequestBody(required = false) SettingsDraft draft) {
        return SettingsView.of(settings.replace(Callers.from(caller), draft));
    }
}
