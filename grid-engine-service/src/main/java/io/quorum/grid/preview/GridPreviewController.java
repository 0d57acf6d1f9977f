package io.quorum.grid.preview;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.grid.levels.GridPreview;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checks (for the registry) and previews (for users) a grid; nothing is stored or placed. */
@RestController
public class GridPreviewController {

    private final GridPreviews previews;

    public GridPreviewController(GridPreviews previews) {
        this.previews = previews;
    }

    /** The registry asks before it stores a grid config: 200 {"ok":true}, or 400 naming the field. */
    @PostMapping("/internal/grid/check")
    Map<String, Boolean> check(@RequestBody GridRequest request) {
        previews.check(request);
        return Map.of("ok", true);
    }

    @PostMapping("/api/grid-bot/preview")
    Preview preview(@RequestBody GridRequest request) {
        GridPreview p = previews.preview(request);
        return new Preview(p.symbol(),
                p.levels().stream().map(s -> new Level(s.index(), s.buyPrice(), s.sellPrice(), s.quantity())).toList(),
                p.levelCount(), new QuantityRange(p.quantityPerLevel().min(), p.quantityPerLevel().max()),
                new AtEnds<>(p.profitPerGridPercent().lowestLevel().toPlainString(),
                        p.profitPerGridPercent().highestLevel().toPlainString()),
                new AtEnds<>(p.profitPerGrid().lowestLevel(), p.profitPerGrid().highestLevel()),
                p.totalInvestment(), p.leverage());
    }

    /** {@code levelCount} is the number of slots (buy/sell level pairs), the length of {@code levels}. */
    record Preview(Symbol symbol, List<Level> levels, int levelCount, QuantityRange quantityPerLevel,
                   AtEnds<String> profitPerGridPercent, AtEnds<Money> profitPerGrid, Money totalInvestment, int leverage) {
    }

    record Level(int slot, Price buyPrice, Price sellPrice, Quantity quantity) {
    }

    record QuantityRange(Quantity min, Quantity max) {
    }

    record AtEnds<T>(T lowestLevel, T highestLevel) {
    }
}
