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
 * Like {@link ParleyApplicationTest}, but with {@code parley.public-read=true}: the one
 * other application context of the test run, shared by every test of public reading.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "parley.demo-data=true", "parley.admin-password=" + ParleyApplicationTest.ADMIN_PASSWORD,
		"parley.public-read=true" })
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, TestClockConfiguration.class })
public @interface PublicReadApplicationTest {

}
