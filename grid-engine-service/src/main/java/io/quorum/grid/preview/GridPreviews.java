package io.quorum.grid.preview;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.grid.levels.GridPlanner;
import io.quorum.grid.levels.GridPreview;
import io.quorum.grid.levels.GridPreviewer;
import io.quorum.grid.levels.PlanOutcome;
import io.quorum.grid.platform.InvalidRequestException;

/**
 * Plans a requested grid exactly as a started bot's grid would be planned (same planner, same sizing on the
 * investment), so what the check accepts is what runs. A refusal names the field to change.
 */
public class GridPreviews {

    private final GridPlanner planner;
    private final GridPreviewer previewer;

    public GridPreviews(GridPlanner planner, GridPreviewer previewer) {
        this.planner = planner;
        this.previewer = previewer;
    }

    void check(GridRequest request) {
        plan(request);
    }

    GridPreview preview(GridRequest request) {
        return previewer.preview(request.requiredSymbol(), plan(request), request.requiredLeverage());
    }

    private PlanOutcome.Planned plan(GridRequest request) {
        Symbol symbol = request.requiredSymbol();
        Money budget = request.requiredBudget();
        int leverage = request.requiredLeverage();
        GridSpec spec = request.spec();
        return switch (planner.plan(spec, symbol, budget, leverage)) {
            case PlanOutcome.Planned planned -> planned;
            case PlanOutcome.Refused refused -> throw new InvalidRequestException(refused.field(), refused.reason());
        };
    }
}
