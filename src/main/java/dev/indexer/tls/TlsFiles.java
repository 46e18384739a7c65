package dev.indexer.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The PEM files of a TLS connection to a backend: the certificate authorities to trust instead of
 * the JVM's (a private CA), and a client certificate with its PKCS#8 key for servers that ask for
 * one (mutual TLS). Checked when built, with the property named; file contents are never quoted.
 */
public record TlsFiles(Optional<Path> caFile, Optional<Path> certFile, Optional<Path> keyFile) {

  /**
   * The files of {@code <prefix>tls-ca-file}, {@code tls-cert-file} and {@code tls-key-file}.
   *
   * @throws IllegalArgumentException naming the property, for a file that cannot be read or a
   *     certificate without its key (or a key without its certificate)
   */
  public static TlsFiles of(
      String prefix, Optional<String> ca, Optional<String> cert, Optional<String> key) {
    if (cert.isPresent() != key.isPresent()) {
      throw new IllegalArgumentException(
          prefix + "tls-cert-file and " + prefix + "tls-key-file go together: set both or neither");
    }
    return new TlsFiles(
        readable(prefix + "tls-ca-file", ca),
        readable(prefix + "tls-cert-file", cert),
        readable(prefix + "tls-key-file", key));
  }

  private static Optional<Path> readable(String property, Optional<String> file) {
    Optional<Path> path = file.filter(f -> !f.isBlank()).map(Path::of);
    if (path.isPresent() && !Files.isReadable(path.get())) {
      throw new IllegalArgumentException(property + ": no readable file at " + path.get());
    }
    return path;
  }

  /** Whether anything differs from the JVM's defaults. */
  public boolean configured() {
    return caFile.isPresent() || certFile.isPresent();
  }

  /**
   * A JDK TLS context of these files: trusting the CA file's certificates (or the JVM's when there
   * is none), presenting the client certificate when there is one.
   *
   * @throws IllegalArgumentException naming {@code prefix}'s properties when a file does not hold
   *     what it should
   */
  public SSLContext sslContext(String prefix) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      if (caFile.isPresent()) {
        KeyStore cas = KeyStore.getInstance(KeyStore.getDefaultType());
        cas.load(null, null);
        int i = 0;
        for (Certificate c : certificates(caFile.get())) {
          cas.setCertificateEntry("ca-" + i++, c);
        }
        trust.init(cas);
      } else {
        trust.init((KeyStore) null);
      }
      KeyManagerFactory keys = null;
      if (certFile.isPresent()) {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        char[] none = new char[0];
        store.setKeyEntry(
            "client",
            privateKey(keyFile.orElseThrow()),
            none,
            certificates(certFile.get()).toArray(Certificate[]::new));
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, none);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          prefix
              + "tls-ca-file, tls-cert-file or tls-key-file: not a usable PEM certificate or PKCS#8 key ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private static Collection<? extends Certificate> certificates(Path file)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) {
        throw new GeneralSecurityException("no certificate");
      }
      return certificates;
    }
  }

  /** A PKCS#8 PEM key ({@code BEGIN PRIVATE KEY}), RSA or EC. */
  private static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
    String pem = Files.readString(file, StandardCharsets.US_ASCII);
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new GeneralSecurityException("not a PKCS#8 PEM key");
    }
    byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        // the next algorithm
      }
    }
    throw new GeneralSecurityException("unsupported key algorithm");
  }
}
