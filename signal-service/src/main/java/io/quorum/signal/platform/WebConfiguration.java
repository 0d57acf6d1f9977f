package io.quorum.signal.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/** HTTP plumbing shared by this service's endpoints. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<GatewayGuard> gatewayGuard(@Value("${quorum.gateway.secret}") String secret) {
        var registration = new FilterRegistrationBean<>(new GatewayGuard(secret));
        registration.setOrder(0);
        return registration;
    }

    /** After the guard: a body is only read for a caller the guard let in. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${quorum.http.max-body-size:256KB}") DataSize maxBodySize) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(maxBodySize));
        registration.setOrder(1);
        return registration;
    }

    /**
     * A typed body field (number, boolean, enum, id, time) given as {@code ""} or as blank text is refused, not read
     * as left out: {@code "leverage":"  "} or a lone NUL character is a 400 naming {@code leverage}. Jackson counts
     * every character up to U+0020 as blank, NUL and tab among them. Text fields are not affected, and this
     * service's events are read by contracts' own mapper, not this one.
     */
    @Bean
    static JsonMapperBuilderCustomizer blankIsNotAbsent() {
        return builder -> builder.withCoercionConfigDefaults(coercion -> coercion
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false));
    }
}
