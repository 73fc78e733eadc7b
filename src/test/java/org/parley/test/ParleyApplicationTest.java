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
@SpringBootTest(
		properties = { "parley.demo-data=true", "parley.admin-password=" + ParleyApplicationTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, TestClockConfiguration.class })
public @interface ParleyApplicationTest {

	/** The first admin's password in every journey. */
	String ADMIN_PASSWORD = "journey-admin-password";

}
