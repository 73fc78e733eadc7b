package org.parley.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strangers on the real server: their visits to the sign-in form and to pages that send
 * them there make no session row, every redirect names a path and never the {@code Host}
 * the client sent, and signing in (with the form's CSRF token) still works and returns
 * them to the page they wanted. (The same context as the browser tests.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
class AnonymousVisitsTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void strangersVisitsMakeNoSessionRows() throws Exception {
		long since = startedAt();
		for (int i = 0; i < 50; i++) {
			assertThat(get("/login", null).statusCode()).isEqualTo(200);
			assertThat(get("/proposals", null).statusCode()).isEqualTo(302);
			assertThat(get("/login?error", null).statusCode()).isEqualTo(200);
		}
		assertThat(sessionsCreatedSince(since)).as("session rows made by 150 anonymous views").isZero();
	}

	@Test
	void signingInWithTheFormsTokenMakesOneSessionAndReturnsToThePageWanted() throws Exception {
		long since = startedAt();
		String wanted = raw("GET /proposals?status=AGREED HTTP/1.1\r\nHost: localhost:" + this.port
				+ "\r\nConnection: close\r\n\r\n");
		String returnCookie = cookie(wanted, "REDIRECT_URI");
		HttpResponse<String> form = get("/login", null);
		String response = signIn(form, returnCookie, "localhost:" + this.port);
		assertThat(status(response)).isEqualTo(302);
		assertThat(location(response)).isEqualTo("/proposals?status=AGREED");
		String session = cookie(response, "SESSION");
		assertThat(get("/proposals", "SESSION=" + session).statusCode()).isEqualTo(200);
		assertThat(sessionsCreatedSince(since)).isEqualTo(1);
	}

	@Test
	void aWrongPasswordStartsNoSession() throws Exception {
		long since = startedAt();
		HttpResponse<String> form = get("/login", null);
		String body = "username=admin&password=wrong-password-here&_csrf=" + encoded(token(form.body()));
		String response = raw(post("/login", "localhost:" + this.port, cookie(form) + "; ", body));
		assertThat(location(response)).isEqualTo("/login?error");
		assertThat(sessionsCreatedSince(since)).isZero();
	}

	@Test
	void redirectsNeverNameTheHostTheClientSent() throws Exception {
		String wanted = raw("GET /proposals HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(status(wanted)).isEqualTo(302);
		assertThat(location(wanted)).isEqualTo("/login");

		String signedIn = signIn(get("/login", null), cookie(wanted, "REDIRECT_URI"), "evil.example");
		assertThat(location(signedIn)).isEqualTo("/proposals");
		String session = "SESSION=" + cookie(signedIn, "SESSION");

		String logoutToken = token(get("/", session).body());
		String signedOut = raw(post("/logout", "evil.example", session + "; ", "_csrf=" + encoded(logoutToken)));
		assertThat(location(signedOut)).isEqualTo("/login?logout");
		for (String head : List.of(wanted, signedIn, signedOut)) {
			assertThat(head).doesNotContain("evil.example");
		}
	}

	/** Signs the admin in through {@code form}'s token, sending {@code host}. */
	private String signIn(HttpResponse<String> form, String returnCookie, String host) throws IOException {
		String body = "username=admin&password=" + encoded(ParleyApplicationTest.ADMIN_PASSWORD) + "&_csrf="
				+ encoded(token(form.body()));
		String cookies = cookie(form) + "; " + ((returnCookie != null) ? "REDIRECT_URI=" + returnCookie : "");
		return raw(post("/login", host, cookies, body));
	}

	private static String post(String path, String host, String cookies, String body) {
		return "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookies
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
	}

	private HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookies != null) {
			request.header("Cookie", cookies);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The response head to a request written as it is, {@code Host} header and all. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != -1) {
				head.write(b);
				if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
					break;
				}
			}
			return head.toString(StandardCharsets.ISO_8859_1);
		}
	}

	private static int status(String head) {
		return Integer.parseInt(head.substring(9, 12));
	}

	private static String location(String head) {
		return headers(head, "Location").stream().findFirst().orElse(null);
	}

	private static String cookie(String head, String name) {
		for (String cookie : headers(head, "Set-Cookie")) {
			if (cookie.startsWith(name + "=")) {
				return cookie.substring(name.length() + 1, cookie.indexOf(';'));
			}
		}
		return null;
	}

	/** The form's CSRF cookie, as a {@code Cookie} header value. */
	private static String cookie(HttpResponse<String> form) {
		String cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(SignInCsrfTokens.COOKIE + "="))
			.findFirst()
			.orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private static List<String> headers(String head, String name) {
		List<String> values = new ArrayList<>();
		for (String line : head.split("\r\n")) {
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				values.add(line.substring(name.length() + 1).strip());
			}
		}
		return values;
	}

	private static String token(String html) {
		Matcher field = CSRF_FIELD.matcher(html);
		assertThat(field.find()).as("a CSRF field").isTrue();
		return field.group(1);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private long startedAt() {
		return this.jdbc.queryForObject("select (extract(epoch from clock_timestamp()) * 1000)::bigint - 1",
				Long.class);
	}

	private int sessionsCreatedSince(long millis) {
		return this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Integer.class,
				millis);
	}

}
