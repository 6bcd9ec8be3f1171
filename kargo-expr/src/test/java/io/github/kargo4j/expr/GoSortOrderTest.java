package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * sortBy orders equal keys as Go's sort.Sort does (it is not stable). Expected orders: Go 1.19.8's sort.Sort on keys
 * (i * 7) % 5 for i = 0..n-1, ascending and descending as expr-lang's SortBy compares them.
 */
class GoSortOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "13;asc;5 10 0 8 3 6 1 11 4 9 7 2 12",
        "13;desc;7 12 2 9 4 6 11 1 8 3 0 5 10",
        "40;asc;20 10 35 30 25 5 0 15 28 3 8 38 33 13 23 18 26 11 6 36 16 21 31 1 19 34 24 39 14 29 9 4 22 12 17 2 32"
            + " 37 7 27",
        "40;desc;22 37 2 27 32 17 12 7 4 9 24 19 34 39 14 29 16 26 31 11 36 21 1 6 8 23 13 3 28 38 33 18 20 30 25 35 0"
            + " 15 10 5",
        "100;asc;20 50 95 45 35 5 70 0 30 85 10 55 80 60 25 15 75 40 90 65 23 3 53 8 63 78 13 73 43 83 58 98 88 33 18"
            + " 93 48 68 38 28 51 26 1 96 91 6 46 86 36 11 81 76 16 31 71 41 56 21 66 61 69 79 99 24 64 39 94 4 44 29 19"
            + " 54 89 9 74 84 49 34 14 59 37 97 82 32 52 17 47 12 62 77 87 57 92 67 27 2 22 72 42 7",
        "100;desc;72 17 2 97 37 47 52 7 32 57 87 27 12 82 62 67 77 42 92 22 34 29 99 79 24 64 14 84 59 69 9 54 89 74 19"
            + " 49 94 4 44 39 51 61 1 96 6 91 46 36 86 11 81 16 76 71 31 21 56 41 66 26 68 13 28 63 98 3 58 23 43 93 38"
            + " 53 8 73 18 88 33 48 78 83 70 20 80 15 35 85 0 10 75 50 90 45 60 55 5 95 30 65 25 40"})
    void sortByOrdersTiesAsGo(int n, String order, String expected) {
        List<Object> expectedOrder = new ArrayList<>();
        for (String s : expected.split(" ")) {
            expectedOrder.add(Long.parseLong(s));
        }
        Object actual = ExprLang.standard().eval("map(sortBy(map(0..n - 1, ({i: #, k: # * 7 % 5})), .k, order), .i)",
                Map.of("n", n, "order", order));
        assertEquals(expectedOrder, actual);
    }
}
