package org.parley.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server compresses the stylesheet, the script and pages for a client that asks,
 * and sends them as they are to one that does not; the sign-in page links to the hashed
 * stylesheet, which answers with its year-long cache header. (The same context as the
 * browser tests.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
class StaticFilesCompressionTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/parley-[0-9a-f]{32}\\.css)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void gzipWhenAskedAndPlainOtherwise() throws Exception {
		byte[] stylesheet = resource("/static/css/parley.css");
		HttpResponse<byte[]> gzipped = get("/css/parley.css", true);
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(stylesheet.length / 2);
		assertThat(gunzip(gzipped.body())).isEqualTo(stylesheet);

		HttpResponse<byte[]> plain = get("/css/parley.css", false);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).isEqualTo(stylesheet);

		assertThat(get("/js/picker.js", true).headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<byte[]> login = get("/login", true);
		assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(gunzip(login.body()), "UTF-8")).containsPattern(STYLESHEET);
	}

	@Test
	void theLinkedStylesheetIsCachedForAYearAndCompressed() throws Exception {
		Matcher link = STYLESHEET.matcher(new String(get("/login", false).body(), "UTF-8"));
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> response = get(link.group(1), true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = StaticFilesCompressionTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

}
