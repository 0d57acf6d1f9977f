package io.quorum.marketdata.candles;

import io.quorum.contracts.ids.Symbol;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No candle of this symbol is stored: answered 404 problem+json. */
public class UnknownMarketException extends ErrorResponseException {

    public UnknownMarketException(Symbol symbol) {
        super(HttpStatus.NOT_FOUND, problem(symbol), null);
    }

    private static ProblemDetail problem(Symbol symbol) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no market data for " + symbol);
        problem.setTitle("Unknown market");
        problem.setType(URI.create("https://quorum.local/problems/unknown-market"));
        problem.setProperty("symbol", symbol.toString());
        return problem;
    }
}
