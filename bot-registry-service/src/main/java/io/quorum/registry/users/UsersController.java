package io.quorum.registry.users;

import io.quorum.registry.platform.ApiErrors;
import io.quorum.registry.users.domain.EmailTaken;
import io.quorum.registry.users.domain.InvalidUserDetails;
import io.quorum.registry.users.domain.User;
import io.quorum.registry.users.domain.UserDetails;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up: the one /api endpoint the gateway lets through without a token. */
@RestController
public class UsersController {

    record SignUpRequest(String name, String email) {
    }

    /** The token appears here and nowhere else, ever. */
    record SignedUpView(String userId, String name, String email, String apiToken) {
    }

    private final UserRegistration registration;

    UsersController(UserRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/api/users")
    ResponseEntity<SignedUpView> signUp(@RequestBody SignUpRequest request) {
        User.SignedUp signedUp = registration.signUp(new UserDetails(request.name(), request.email()));
        User user = signedUp.user();
        return ResponseEntity.created(URI.create("/api/users/" + user.id()))
                .body(new SignedUpView(user.id().toString(), user.details().name(), user.details().email(),
                        signedUp.token().value()));
    }

    @ExceptionHandler(InvalidUserDetails.class)
    ProblemDetail invalid(InvalidUserDetails e) {
        return ApiErrors.badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler(EmailTaken.class)
    ProblemDetail taken(EmailTaken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Email already registered");
        problem.setProperty("field", "email");
        return problem;
    }
}
