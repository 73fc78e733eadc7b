package org.parley.audit;

import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;

/**
 * Records every entity insert, update and delete, and every change to a many-to-many
 * collection, as an audit row written on the session's own connection while Hibernate
 * flushes: the row is part of the same transaction, so a rollback removes it with the
 * change. Fields named like a password, secret, token or hash are recorded only as
 * "(changed)". Bulk statements (JPQL/SQL updates, JdbcTemplate) pass by unseen; callers
 * of those record through {@link AuditTrail}.
 */
final class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionUpdateEventListener {

	/** Bookkeeping every entity has; recording it would only add noise. */
	static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

	private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|secret|token|hash|recovery|totp).*");

	private static final String ROLE = "role";

	/** Each entity class's field marked {@link PartOf}, if any. */
	private static final ClassValue<Field> PARENT = new ClassValue<>() {

		@Override
		protected Field computeValue(Class<?> type) {
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					if (field.isAnnotationPresent(PartOf.class)) {
						field.setAccessible(true);
						return field;
					}
				}
			}
			return null;
		}

	};

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		Map<String, Change> changes = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		Object[] state = event.getState();
		for (int i = 0; i < names.length; i++) {
			String value = render(state[i], event.getSession());
			if (!IGNORED.contains(names[i]) && value != null) {
				changes.put(names[i], sensitive(names[i]) ? Change.withheld() : Change.of(null, value));
			}
		}
		String type = typeName(persister.getMappedClass());
		AuditAction action = type.endsWith("Token") ? AuditAction.TOKEN_CREATED : AuditAction.CREATE;
		write(event.getSession(), action, type, event.getId(), changes, partOf(persister, state, event.getSession()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Object[] oldState = event.getOldState();
		Object[] state = event.getState();
		Map<String, Change> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			// Collections are recorded by onPreUpdateCollection, with their old elements.
			if (IGNORED.contains(names[i]) || types[i].isCollectionType()) {
				continue;
			}
			String from = (oldState != null) ? render(oldState[i], event.getSession()) : null;
			String to = render(state[i], event.getSession());
			if (oldState == null && !isDirty(event.getDirtyProperties(), i)) {
				continue;
			}
			if (!Objects.equals(from, to)) {
				changes.put(names[i], sensitive(names[i]) ? Change.withheld() : Change.of(from, to));
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		String type = typeName(persister.getMappedClass());
		write(event.getSession(), AuditAction.UPDATE, type, event.getId(), changes,
				partOf(persister, state, event.getSession()));
		if (changes.containsKey(ROLE)) {
			write(event.getSession(), AuditAction.ROLE_CHANGED, type, event.getId(), Map.of(ROLE, changes.get(ROLE)),
					null);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		if (!audited(persister.getMappedClass())) {
			return;
		}
		Map<String, Change> changes = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		Object[] state = event.getDeletedState();
		for (int i = 0; state != null && i < names.length; i++) {
			String value = render(state[i], event.getSession());
			if (!IGNORED.contains(names[i]) && value != null) {
				changes.put(names[i], sensitive(names[i]) ? Change.withheld() : Change.of(value, null));
			}
		}
		write(event.getSession(), AuditAction.DELETE, typeName(persister.getMappedClass()), event.getId(), changes,
				partOf(persister, state, event.getSession()));
	}

	/**
	 * Before the collection's rows are written, while its snapshot still holds the old
	 * elements. Inverse sides (one-to-many mapped by the child) are skipped: the child's
	 * own insert or delete records them.
	 */
	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		PersistentCollection<?> collection = event.getCollection();
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null || !audited(effectiveClass(owner)) || !collection.wasInitialized()) {
			return;
		}
		CollectionEntry entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(collection);
		CollectionPersister persister = (entry != null) ? entry.getLoadedPersister() : null;
		if (persister == null || persister.isInverse()) {
			return;
		}
		Object snapshot = collection.getStoredSnapshot();
		Collection<?> before = (snapshot instanceof Map<?, ?> map) ? map.values()
				: (snapshot instanceof Collection<?> list) ? list : List.of();
		Object value = collection.getValue();
		Collection<?> after = (value instanceof Map<?, ?> map) ? map.values()
				: (value instanceof Collection<?> list) ? list : List.of();
		String from = renderElements(before, event.getSession());
		String to = renderElements(after, event.getSession());
		if (from.equals(to)) {
			return;
		}
		String role = collection.getRole();
		String field = role.substring(role.lastIndexOf('.') + 1);
		write(event.getSession(), AuditAction.UPDATE, typeName(effectiveClass(owner)), event.getAffectedOwnerIdOrNull(),
				Map.of(field, Change.of(from, to)), partOf(owner, event.getSession()));
	}

	private static boolean isDirty(int[] dirty, int index) {
		if (dirty == null) {
			return true;
		}
		for (int i : dirty) {
			if (i == index) {
				return true;
			}
		}
		return false;
	}

	static boolean audited(Class<?> type) {
		return !type.isAnnotationPresent(NotAudited.class);
	}

	static boolean sensitive(String field) {
		return SENSITIVE.matcher(field).matches();
	}

	private static String typeName(Class<?> type) {
		return type.getSimpleName();
	}

	private static Class<?> effectiveClass(Object entity) {
		if (entity instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getPersistentClass();
		}
		return entity.getClass();
	}

	/**
	 * A value as audit text: an entity by its id, an enum by its name, a collection by
	 * its elements (left out while still unloaded, so auditing never loads anything).
	 */
	static String render(Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (value instanceof PersistentCollection<?> collection) {
			if (!collection.wasInitialized()) {
				return null;
			}
			Object content = collection.getValue();
			return renderElements((content instanceof Map<?, ?> map) ? map.values() : (Collection<?>) content, session);
		}
		if (value instanceof Collection<?> collection) {
			return renderElements(collection, session);
		}
		if (value instanceof HibernateProxy proxy) {
			return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof TemporalAccessor || value instanceof java.util.Date) {
			return value.toString();
		}
		if (session.getFactory().getMappingMetamodel().isEntityClass(effectiveClass(value))) {
			Object id = session.getContextEntityIdentifier(value);
			if (id == null) {
				id = session.getFactory()
					.getMappingMetamodel()
					.getEntityDescriptor(effectiveClass(value))
					.getIdentifier(value, session);
			}
			return String.valueOf(id);
		}
		return value.toString();
	}

	private static String renderElements(Collection<?> elements, SharedSessionContractImplementor session) {
		List<String> rendered = new ArrayList<>();
		for (Object element : elements) {
			rendered.add(render(element, session));
		}
		rendered.sort((a, b) -> {
			if (a != null && b != null && a.matches("\\d+") && b.matches("\\d+")) {
				return Long.compare(Long.parseLong(a), Long.parseLong(b));
			}
			return String.valueOf(a).compareTo(String.valueOf(b));
		});
		return "[" + String.join(", ", rendered) + "]";
	}

	/**
	 * The record an entity is a part of (see {@link PartOf}), from the state being
	 * written, or {@code null} for an entity that is no part.
	 */
	static AuditWriter.Record partOf(EntityPersister persister, Object[] state,
			SharedSessionContractImplementor session) {
		Field parent = PARENT.get(persister.getMappedClass());
		if (parent == null || state == null) {
			return null;
		}
		String[] names = persister.getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(parent.getName())) {
				return top(state[i], session);
			}
		}
		return null;
	}

	/** The record an entity (a collection's owner) is a part of, or {@code null}. */
	private static AuditWriter.Record partOf(Object entity, SharedSessionContractImplementor session) {
		Field parent = PARENT.get(effectiveClass(entity));
		return (parent != null) ? top(read(parent, entity), session) : null;
	}

	/** Follows marked associations up to a record that is no part itself. */
	private static AuditWriter.Record top(Object record, SharedSessionContractImplementor session) {
		Object current = record;
		for (int depth = 0; current != null && depth < 5; depth++) {
			Field parent = PARENT.get(effectiveClass(current));
			if (parent == null) {
				return new AuditWriter.Record(typeName(effectiveClass(current)), render(current, session));
			}
			current = read(parent, current);
		}
		return null;
	}

	private static Object read(Field field, Object entity) {
		Object target = (entity instanceof HibernateProxy proxy)
				? proxy.getHibernateLazyInitializer().getImplementation() : entity;
		try {
			return field.get(target);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("cannot read " + field, ex);
		}
	}

	private static void write(SharedSessionContractImplementor session, AuditAction action, String entityType,
			Object entityId, Map<String, Change> changes, AuditWriter.Record partOf) {
		write(session, action, entityType, entityId, changes, partOf, Actor.current(), null);
	}

	static void write(SharedSessionContractImplementor session, AuditAction action, String entityType, Object entityId,
			Map<String, Change> changes, AuditWriter.Record partOf, Actor actor, String detail) {
		JdbcCoordinator jdbc = session.getJdbcCoordinator();
		// A pending JDBC batch goes first, so the rows land in the order they happened.
		jdbc.executeBatch();
		try {
			AuditWriter.write(jdbc.getLogicalConnection().getPhysicalConnection(), action, entityType, entityId,
					changes, detail, actor, partOf);
		}
		catch (SQLException ex) {
			throw session.getJdbcServices()
				.getSqlExceptionHelper()
				.convert(ex, "could not write the audit row", AuditWriter.INSERT);
		}
	}

}
