package io.quorum.signal.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

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
}
