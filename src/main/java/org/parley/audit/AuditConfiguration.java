package org.parley.audit;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks {@link EntityChangeListener} into Hibernate's events when the session factory is
 * built, keeping any integrators another part of the application registered.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	HibernatePropertiesCustomizer auditingIntegrator() {
		return (properties) -> {
			Object existing = properties.get(JpaSettings.INTEGRATOR_PROVIDER);
			List<Integrator> integrators = new ArrayList<>();
			if (existing instanceof IntegratorProvider provider) {
				integrators.addAll(provider.getIntegrators());
			}
			integrators.add(new AuditIntegrator());
			List<Integrator> all = List.copyOf(integrators);
			properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> all);
		};
	}

	static final class AuditIntegrator implements Integrator {

		@Override
		public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
				SessionFactoryImplementor sessionFactory) {
			EntityChangeListener listener = new EntityChangeListener();
			EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
			registry.appendListeners(EventType.POST_INSERT, listener);
			registry.appendListeners(EventType.POST_UPDATE, listener);
			registry.appendListeners(EventType.POST_DELETE, listener);
			registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
		}

	}

}
