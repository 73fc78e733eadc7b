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
 * The whole application with MockMvc on the {@link GeneratedRecord} (scale 0.01, a
 * database of its own on the run's PostgreSQL) instead of the Geneva record, every
 * statement counted by {@link SqlStatements}. All such tests share this one context; the
 * application's clock is a {@link TestClock}. Tests that write should be
 * {@code @Transactional} so the record stays as generated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = "parley.demo-data=false")
@AutoConfigureMockMvc
@Import({ GeneratedRecordConfiguration.class, TestClockConfiguration.class })
public @interface GeneratedRecordTest {

}
