package ch.monportail.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Against a test double of clamd: a socket that reads INSTREAM and answers like the daemon. */
class ClamAvClientTest {

    private static final String EICAR =
            "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    /** Serves one scan: checks the protocol, answers FOUND when the stream holds EICAR. */
    private static CompletableFuture<byte[]> fakeClamd(ServerSocket server) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (Socket s = server.accept()) {
                        DataInputStream in = new DataInputStream(s.getInputStream());
                        byte[] command = new byte[10];
                        in.readFully(command);
                        assertThat(new String(command, StandardCharsets.US_ASCII))
                                .isEqualTo("zINSTREAM\0");
                        ByteArrayOutputStream received = new ByteArrayOutputStream();
                        for (int length = in.readInt(); length > 0; length = in.readInt()) {
                            byte[] chunk = new byte[length];
                            in.readFully(chunk);
                            received.write(chunk);
                        }
                        String text = received.toString(StandardCharsets.ISO_8859_1);
                        String answer =
                                text.contains("EICAR")
                                        ? "stream: Win.Test.EICAR_HDB-1 FOUND\0"
                                        : "stream: OK\0";
                        s.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                        return received.toByteArray();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void aCleanFileOfSeveralChunksIsSentWholeAndPasses() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            var served = fakeClamd(server);
            byte[] file = new byte[200_000];
            new java.util.Random(3).nextBytes(file);
            var result = new ClamAvClient("127.0.0.1", server.getLocalPort(), 5000).scan(file);
            assertThat(result.clean()).isTrue();
            assertThat(served.get(5, TimeUnit.SECONDS)).isEqualTo(file);
        }
    }

    @Test
    void theTestVirusIsFoundAndNamed() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            fakeClamd(server);
            var result =
                    new ClamAvClient("127.0.0.1", server.getLocalPort(), 5000)
                            .scan(EICAR.getBytes(StandardCharsets.US_ASCII));
            assertThat(result.clean()).isFalse();
            assertThat(result.finding()).isEqualTo("Win.Test.EICAR_HDB-1");
        }
    }

    @Test
    void aScannerThatCannotBeReachedRefusesTheFile() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        var result = new ClamAvClient("127.0.0.1", port, 1000).scan(new byte[] {1, 2, 3});
        assertThat(result.clean()).isFalse();
        assertThat(result.finding()).startsWith("scanner unavailable");
    }
}
