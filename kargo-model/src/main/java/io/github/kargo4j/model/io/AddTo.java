package io.github.kargo4j.model.io;

import java.util.List;
import java.util.function.Consumer;

/**
 * Adds what it is given to a list: {@code list::add} as a named class, so that the read links no method reference
 * call site on its first run (each costs start-up time on JDK 17, see docs/performance.md "Start-up").
 *
 * @param <T> the items' type
 */
final class AddTo<T> implements Consumer<T> {

    private final List<? super T> list;

    AddTo(List<? super T> list) {
        this.list = list;
    }

    @Override
    public void accept(T item) {
        list.add(item);
    }
}
