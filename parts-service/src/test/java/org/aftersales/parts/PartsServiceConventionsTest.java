package org.aftersales.parts;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aftersales.testing.ServiceConventionsTest;
import org.aftersales.testing.ServiceTestResources;

/** Health, metrics, the OpenAPI document and problem details, as every service has them. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class PartsServiceConventionsTest extends ServiceConventionsTest {

    PartsServiceConventionsTest() {
        super("parts-service");
    }
}
