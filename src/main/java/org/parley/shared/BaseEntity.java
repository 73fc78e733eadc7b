package org.parley.shared;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;

/**
 * Identity, optimistic locking and timestamps shared by every table. Equality rests on
 * the database id alone, so an entity stays equal to itself across sessions and proxies;
 * the hash code is per class so it does not change when the id is assigned on persist.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected BaseEntity() {
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@PrePersist
	protected void onCreate() {
		// Instant is UTC by definition; the JDBC time zone is UTC too
		// (application.properties).
		Instant now = Instant.now();
		this.createdAt = now;
		this.updatedAt = now;
	}

	@PreUpdate
	protected void onUpdate() {
		this.updatedAt = Instant.now();
	}

	/**
	 * Marks the record changed when only rows of its own table-less parts changed (links
	 * kept in another table), so that the save is one new version and a concurrent save
	 * from the same version is refused.
	 */
	protected void touch() {
		this.updatedAt = Instant.now();
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || effectiveClass(this) != effectiveClass(other)) {
			return false;
		}
		// getId() rather than the field: on a lazy proxy the field is never populated.
		Long id = getId();
		return id != null && Objects.equals(id, ((BaseEntity) other).getId());
	}

	@Override
	public int hashCode() {
		// Constant per class: stays the same before and after the id is generated.
		return effectiveClass(this).hashCode();
	}

	@Override
	public String toString() {
		return effectiveClass(this).getSimpleName() + "#" + getId();
	}

	/**
	 * The entity class behind a Hibernate proxy, without initialising it.
	 * @param object an entity or a proxy of one
	 * @return the persistent class
	 */
	protected static Class<?> effectiveClass(Object object) {
		if (object instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getPersistentClass();
		}
		return object.getClass();
	}

}
