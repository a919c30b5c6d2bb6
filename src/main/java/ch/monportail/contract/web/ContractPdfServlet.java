package ch.monportail.contract.web;

import ch.monportail.contract.boundary.Contracts;
import ch.monportail.platform.control.NotFoundException;
import ch.monportail.platform.web.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The printer icon of the contract page: {@code /account/contract.pdf?id=N} shows the contract as
 * PDF in a new tab (inline), for whoever may see the contract (the service checks it: another
 * family's id answers 404 like an unknown one). Under {@code /account/*}: logged-in users only.
 */
@WebServlet("/account/contract.pdf")
public class ContractPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient Contracts contracts;

    @Inject private transient LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = contracts.pdf(id, localeBean.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"contrat-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
