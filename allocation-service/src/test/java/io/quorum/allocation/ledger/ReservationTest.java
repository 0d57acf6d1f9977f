package io.quorum.allocation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import org.junit.jupiter.api.Test;

class ReservationTest {

    final Reservation reservation = Reservation.open(IntentId.random(), BotId.random(), Money.of("100"));

    @Test
    void aPartialFillFreesItsShareAndTheLastFillFreesTheRest() {
        assertThat(reservation.releaseForFill(Quantity.of("1"), Quantity.of("3"), false)).isEqualTo(Money.of("33.333333333333"));
        assertThat(reservation.isOpen()).isTrue();

        assertThat(reservation.releaseForFill(Quantity.of("2"), Quantity.of("3"), true)).isEqualTo(Money.of("66.666666666667"));
        assertThat(reservation.isOpen()).isFalse();
        assertThat(reservation.remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCancelFreesWhatIsLeftOnce() {
        reservation.releaseForFill(Quantity.of("1"), Quantity.of("4"), false);

        assertThat(reservation.close()).isEqualTo(Money.of("75"));
        assertThat(reservation.close()).isEqualTo(Money.ZERO);
    }
}
