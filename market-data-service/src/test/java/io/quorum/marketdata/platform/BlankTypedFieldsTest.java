package io.quorum.marketdata.platform;

import io.quorum.testkit.BlankTypedFieldsContract;

/** This service's JSON mapper, as Spring Boot builds it with {@link WebConfiguration}, behind {@link ApiErrors}. */
class BlankTypedFieldsTest extends BlankTypedFieldsContract {

    @Override
    protected Class<?> webConfiguration() {
        return WebConfiguration.class;
    }

    @Override
    protected Object apiErrors() {
        return new ApiErrors();
    }
}
