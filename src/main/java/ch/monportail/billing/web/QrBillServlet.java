package ch.monportail.billing.web;

import ch.monportail.billing.boundary.PaymentSlips;
import ch.monportail.billing.boundary.PaymentSlips.Purpose;
import ch.monportail.platform.control.BusinessException;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.control.SwissFormat;
import ch.monportail.platform.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The QR-bill of the *Paiements* page: {@code /parent/qr-bill.pdf?purpose=DEBT|MONTHLY|OTHER
 * &amount=…} opens the PDF in a new tab (on a phone, the banking app scans it from the screen or
 * the file). Only for the account holder: anyone else gets 404. A refused amount goes back to the
 * page with the reason.
 */
@WebServlet("/parent/qr-bill.pdf")
public class QrBillServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient PaymentSlips slips;

    @Inject private transient LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Purpose purpose;
        BigDecimal amount = null;
        try {
            purpose = Purpose.valueOf(request.getParameter("purpose"));
            if (purpose == Purpose.OTHER) {
                amount = SwissFormat.parseAmount(request.getParameter("amount"));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            purpose = Purpose.OTHER;
            amount = null;
        }
        byte[] pdf;
        try {
            pdf = slips.qrBill(purpose, amount, localeBean.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException e) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/parent/payments.xhtml?refused="
                            + java.net.URLEncoder.encode(
                                    e.getMessageKey(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"qr-facture.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
