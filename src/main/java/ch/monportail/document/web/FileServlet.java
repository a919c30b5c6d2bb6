package ch.monportail.document.web;

import ch.monportail.document.boundary.Publications;
import ch.monportail.document.boundary.Uploads;
import ch.monportail.document.control.FileName;
import ch.monportail.platform.control.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file, streamed from the database through the service that checks the caller's right to it: a
 * parent's upload ({@code /account/files/upload?id=N}, {@link Uploads#file}) or a published
 * document ({@code /account/files/document?id=N}, {@link Publications#file}); shown in the browser
 * (the staff's preview), {@code &download=true} saves it. Never a path the client names; the type
 * is the one recognised from the content, the name the cleaned original, and the browser is told
 * not to sniff nor to run anything in it. Anybody without the right gets 404.
 */
@WebServlet({"/account/files/upload", "/account/files/document"})
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient Uploads uploads;

    @Inject private transient Publications publications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Uploads.FileContent file;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            file =
                    request.getServletPath().endsWith("/document")
                            ? publications.file(id)
                            : uploads.file(id);
        } catch (NumberFormatException | NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mimeType());
        response.setContentLength(file.content().length);
        response.setHeader(
                "Content-Disposition",
                FileName.contentDisposition(
                        !"true".equals(request.getParameter("download")), file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
