package io.quorum.signal.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HTTP plumbing shared by this service's endpoints. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<GatewayGuard> gatewayGuard(@Value("${quorum.gateway.secret}") String secret) {
        var registration = new FilterRegistrationBean<>(new GatewayGuard(secret));
        registration.setOrder(0);
        return registration;
    }
}
