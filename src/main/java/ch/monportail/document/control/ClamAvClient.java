package ch.monportail.document.control;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The virus scan of an upload by a ClamAV daemon over TCP ({@code clamd}'s {@code INSTREAM}
 * command: the file in chunks, each prefixed with its length, then a zero length; the answer {@code
 * stream: OK} or {@code stream: <name> FOUND}). Off unless the commune configures a host
 * (server-config). A scanner that cannot be reached refuses the file: an unscanned file is not
 * accepted when scanning is on.
 */
public final class ClamAvClient {

    /** The outcome: clean, infected (with the signature's name), or the scanner unavailable. */
    public record Result(boolean clean, String finding) {

        public static Result ok() {
            return new Result(true, null);
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public ClamAvClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    public Result scan(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < content.length; at += CHUNK) {
                int length = Math.min(CHUNK, content.length - at);
                out.writeInt(length);
                out.write(content, at, length);
            }
            out.writeInt(0);
            out.flush();
            String answer = read(socket.getInputStream()).strip();
            if (answer.endsWith("OK")) {
                return Result.ok();
            }
            if (answer.endsWith("FOUND")) {
                String name =
                        answer.replaceFirst("^stream:\\s*", "").replaceFirst("\\s*FOUND$", "");
                return new Result(false, name);
            }
            return new Result(false, "scanner: " + answer);
        } catch (IOException e) {
            return new Result(false, "scanner unavailable: " + e.getMessage());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            answer.write(b);
            if (answer.size() > 1024) {
                break;
            }
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }
}
