package org.redline.web;

import java.util.function.IntFunction;

/**
 * Paging of a page's list (a version's points, a comparison's, the documents): which page, what it
 * shows, and links to the pages before and after that keep every other parameter of the address.
 *
 * @param first the 1-based position of the first point shown, 0 when none is
 * @param previous link to the page before, null on the first
 * @param next link to the page after, null on the last
 */
public record Pager(int page, int size, int totalPages, int first, int last, int total, String previous,
        String next) {

    /** Most items one page shows, whatever size is asked for. */
    public static final int MAX_SIZE = 1_000;
    /**
     * Items a page shows unless asked otherwise. A page's cost follows its items (a compare page diffs and
     * renders each point), so 50 keeps a page of a 20,000-point document well within 2 s (docs/benchmarks.md).
     */
    public static final int DEFAULT_SIZE = 50;

    /** The page and size asked for, checked: a 400 page for a negative page or a size out of 1..1,000. */
    public record Request(int page, int size) {

        public static Request of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 0) {
                throw new BadPageRequest("page", "page counts from 0, not " + p);
            }
            if (s < 1 || s > MAX_SIZE) {
                throw new BadPageRequest("size", "size is 1 to " + MAX_SIZE + ", not " + s);
            }
            return new Request(p, s);
        }
    }

    /**
     * The pager for {@code total} items shown {@code size} a page. A page past the last is a 400 page
     * (its links never lead there); page 0 of nothing is an empty page.
     *
     * @param link the address of another page of the same view, by its number
     */
    public static Pager of(Request request, int total, IntFunction<String> link) {
        int pages = (int) Math.max(1, (total + (long) request.size() - 1) / request.size());
        if (request.page() >= pages) {
            throw new BadPageRequest("page", "page " + request.page() + " is past the last page, "
                    + (pages - 1) + " (" + total + " in all, " + request.size() + " a page)");
        }
        int first = (int) Math.min(total, (long) request.page() * request.size() + 1);
        int last = (int) Math.min(total, (long) (request.page() + 1) * request.size());
        return new Pager(request.page(), request.size(), pages, total == 0 ? 0 : first, last, total,
                request.page() > 0 ? link.apply(request.page() - 1) : null,
                request.page() < pages - 1 ? link.apply(request.page() + 1) : null);
    }

    public boolean paged() {
        return totalPages > 1;
    }
}
