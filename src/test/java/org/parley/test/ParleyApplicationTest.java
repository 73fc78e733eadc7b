package org.parley.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with MockMvc on the run's real PostgreSQL, the Geneva record
 * loaded. All journeys share this one context. The application's clock is a
 * {@link TestClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = "parley.demo-data=true")
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, TestClockConfiguration.class })
public @interface ParleyApplicationTest {

	/**
	 * The first admin's password in every journey. Contexts share one database and the
	 * first one to start creates the admin, so every context uses this password (set for
	 * all tests in src/test/resources/config/application.properties).
	 */
	String ADMIN_PASSWORD = "journey-admin-password";

}
