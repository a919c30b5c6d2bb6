package ch.monportail.billing.web;

import ch.monportail.billing.boundary.Transactions;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The yearly childcare-cost certificate ({@code /parent/cost-certificate.pdf?child=&year=}) for the
 * account holder, in the page's language; another family's child or a non-holder gets 404.
 */
@WebServlet("/parent/cost-certificate.pdf")
public class CostCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient Transactions transactions;

    @Inject private transient LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long child;
        int year;
        try {
            child = Long.parseLong(request.getParameter("child"));
            year = Integer.parseInt(request.getParameter("year"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle =
                ResourceBundle.getBundle("ch.monportail.i18n.messages", localeBean.getLocale());
        byte[] pdf;
        try {
            pdf = transactions.certificate(child, year).pdf(bundle::getString);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"attestation-frais-de-garde-" + year + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
