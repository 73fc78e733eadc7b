package org.parley.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions an account is signed in with (kept by Spring Session, found by the
 * principal name it indexes), listed for their holder and signed out one by one or all
 * but the one in use. Each sign-out is audited. Sessions are named by a digest of their
 * id: the id itself is a credential and never shown.
 */
@Service
public class AccountSessions {

	/** The session attribute holding the address a sign-in came from. */
	static final String ADDRESS = AccountSessions.class.getName() + ".address";

	/** The session attribute holding the browser a sign-in came from. */
	static final String BROWSER = AccountSessions.class.getName() + ".browser";

	private static final int MAX_BROWSER = 300;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditTrail audit;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	/** Notes on the request's session where its sign-in came from, for the list. */
	public static void signedIn(HttpServletRequest request) {
		String browser = request.getHeader("User-Agent");
		request.getSession().setAttribute(ADDRESS, request.getRemoteAddr());
		request.getSession()
			.setAttribute(BROWSER,
					(browser != null && browser.length() > MAX_BROWSER) ? browser.substring(0, MAX_BROWSER) : browser);
	}

	/** The account's open sessions, the one in use first, then the most recently used. */
	public List<SignedInSession> of(String username, String currentId) {
		return open(username).values()
			.stream()
			.map((session) -> new SignedInSession(handle(session.getId()), session.getCreationTime(),
					session.getLastAccessedTime(), session.getId().equals(currentId), session.getAttribute(ADDRESS),
					session.getAttribute(BROWSER)))
			.sorted(Comparator.comparing(SignedInSession::current)
				.thenComparing(SignedInSession::lastUsedAt)
				.reversed())
			.toList();
	}

	/**
	 * Signs out the account's session of this handle, unless it is the one in use.
	 * @return whether there was such a session
	 */
	public boolean signOut(String username, String handle, String currentId) {
		Optional<Session> found = open(username).values()
			.stream()
			.filter((session) -> !session.getId().equals(currentId) && handle(session.getId()).equals(handle))
			.findFirst();
		found.ifPresent((session) -> {
			this.sessions.deleteById(session.getId());
			this.audit.record(AuditAction.SESSION_REVOKED, "Session", null, Map.of(), "signed out a session begun "
					+ session.getCreationTime() + " from " + session.getAttribute(ADDRESS));
		});
		return found.isPresent();
	}

	/**
	 * Signs out every session of the account but the one in use.
	 * @return how many
	 */
	public int signOutOthers(String username, String currentId) {
		List<String> others = open(username).keySet().stream().filter((id) -> !id.equals(currentId)).toList();
		others.forEach(this.sessions::deleteById);
		if (!others.isEmpty()) {
			this.audit.record(AuditAction.SESSION_REVOKED, "Session", null, Map.of(),
					"signed out all other sessions (" + others.size() + ")");
		}
		return others.size();
	}

	private Map<String, Session> open(String username) {
		Map<String, Session> open = new LinkedHashMap<>();
		this.sessions.findByPrincipalName(username).forEach((id, session) -> {
			if (!session.isExpired()) {
				open.put(id, session);
			}
		});
		return open;
	}

	/** A digest of the session id: names it in a form without giving it away. */
	static String handle(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
