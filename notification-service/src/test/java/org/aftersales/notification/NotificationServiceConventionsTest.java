package org.aftersales.notification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aftersales.testing.ServiceConventionsTest;

/** Health, metrics, the OpenAPI document and problem details, as every service has them. */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class NotificationServiceConventionsTest extends ServiceConventionsTest {

    NotificationServiceConventionsTest() {
        super("notification-service");
    }
}
