package ch.monportail.billing.web;

import ch.monportail.billing.boundary.BillingAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The balance top-right of every page (the guide: "uniquement pour l'un des deux représentants
 * légaux qui est le gestionnaire principal"), read once per request from the account row. The other
 * legal representative sees a note instead and no money pages in the menu.
 */
@Named
@RequestScoped
public class BalanceBean {

    @Inject private BillingAccounts accounts;

    private Optional<BigDecimal> balance;

    private Optional<BigDecimal> balance() {
        if (balance == null) {
            balance = accounts.myBalance();
        }
        return balance;
    }

    /** The caller holds an account: the money pages are theirs. */
    public boolean isHolder() {
        return balance().isPresent();
    }

    public BigDecimal getBalance() {
        return balance().orElse(null);
    }

    public boolean isOwed() {
        return balance().map(b -> b.signum() < 0).orElse(false);
    }
}
