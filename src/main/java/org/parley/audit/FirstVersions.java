package org.parley.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives rows that plain SQL inserted (the demo record's script) the first version the
 * entity auditing would have written had they been saved through the application: one
 * CREATE per row with every field, its parts as parts of their record, so the changes
 * page and every history page start where the record came from.
 */
@Component
public class FirstVersions {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Records a CREATE for every row of the given entities inserted by the current
	 * transaction, in the order given (records before their parts, so a record and its
	 * parts read as one version).
	 * @param entityNames simple class names of the entities, e.g. {@code Proposal}
	 * @param actorName who stands as the author of these versions
	 * @param detail a sentence saying where the rows came from
	 * @return how many versions were recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int recordInserted(List<String> entityNames, String actorName, String detail) {
		SharedSessionContractImplementor session = this.entityManager.unwrap(SharedSessionContractImplementor.class);
		Actor actor = new Actor(actorName, null);
		int recorded = 0;
		for (String name : entityNames) {
			EntityPersister persister = persister(session, name);
			for (Object entity : insertedNow(persister)) {
				write(session, persister, entity, actor, detail);
				recorded++;
			}
		}
		return recorded;
	}

	/**
	 * Rows the current transaction inserted (PostgreSQL's {@code xmin}) that have no
	 * first version yet: loading twice in one transaction records them once.
	 */
	private List<?> insertedNow(EntityPersister persister) {
		AbstractEntityPersister table = (AbstractEntityPersister) persister;
		String id = table.getIdentifierColumnNames()[0];
		List<?> ids = this.entityManager
			.createNativeQuery("select " + id + " from " + table.getTableName() + " t"
					+ " where xmin = pg_current_xact_id()::xid and not exists (select 1 from audit_event a"
					+ " where a.entity_type = ?1 and a.entity_id = t." + id + "::text and a.action = 'CREATE')"
					+ " order by " + id)
			.setParameter(1, persister.getMappedClass().getSimpleName())
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.entityManager
			.createQuery("select e from " + persister.getJpaEntityName() + " e where e.id in :ids order by e.id")
			.setParameter("ids", ids.stream().map((value) -> ((Number) value).longValue()).toList())
			.getResultList();
	}

	private static void write(SharedSessionContractImplementor session, EntityPersister persister, Object entity,
			Actor actor, String detail) {
		String[] names = persister.getPropertyNames();
		Object[] state = persister.getValues(entity);
		Map<String, Change> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			Hibernate.initialize(state[i]);
			String value = EntityChangeListener.render(state[i], session);
			if (!EntityChangeListener.IGNORED.contains(names[i]) && value != null) {
				changes.put(names[i],
						EntityChangeListener.sensitive(names[i]) ? Change.withheld() : Change.of(null, value));
			}
		}
		Object id = persister.getIdentifier(entity, session);
		EntityChangeListener.write(session, AuditAction.CREATE, persister.getMappedClass().getSimpleName(), id, changes,
				EntityChangeListener.partOf(persister, state, session), actor, detail);
	}

	private static EntityPersister persister(SharedSessionContractImplementor session, String name) {
		EntityPersister[] found = new EntityPersister[1];
		session.getFactory().getMappingMetamodel().forEachEntityDescriptor((descriptor) -> {
			if (descriptor.getMappedClass().getSimpleName().equals(name)) {
				found[0] = descriptor;
			}
		});
		if (found[0] == null || !EntityChangeListener.audited(found[0].getMappedClass())) {
			throw new IllegalArgumentException("no audited entity named " + name);
		}
		return found[0];
	}

}
