//! render: the pages of a long list. A section or a vocabulary value with more entries than
//! `paginate_by` gives one file per chunk, each linking the first, the last and its neighbours.

use serde::Serialize;

use super::views::SummaryView;
use crate::urls::list_page as page_url;

#[derive(Serialize)]
pub(crate) struct PaginatorView<'a> {
    pages: Vec<SummaryView<'a>>,
    current: usize,
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    links: Vec<PageLink>,
}

#[derive(Serialize)]
struct PageLink {
    number: usize,
    url: String,
    current: bool,
    /// Stands for the pages left out between two links.
    gap: bool,
}

/// Page `n` of `total` of the list at `url`, showing `pages`.
pub(crate) fn paginator<'a>(
    url: &str,
    pages: Vec<SummaryView<'a>>,
    n: usize,
    total: usize,
) -> PaginatorView<'a> {
    PaginatorView {
        pages,
        current: n,
        total,
        prev: (n > 1).then(|| page_url(url, n - 1)),
        next: (n < total).then(|| page_url(url, n + 1)),
        links: page_links(url, n, total),
    }
}

/// The first, the last, and two on each side of the current page, with gaps between: a
/// list of thousands of pages must not link every page from every page (that grows as N²).
fn page_links(base: &str, n: usize, total: usize) -> Vec<PageLink> {
    let mut links = Vec::new();
    let mut last = 0;
    for k in 1..=total {
        if k == 1 || k == total || k.abs_diff(n) <= 2 {
            if k > last + 1 {
                links.push(PageLink {
                    number: 0,
                    url: String::new(),
                    current: false,
                    gap: true,
                });
            }
            links.push(PageLink {
                number: k,
                url: page_url(base, k),
                current: k == n,
                gap: false,
            });
            last = k;
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_link_the_ends_and_the_neighbourhood_with_gaps() {
        let shown = |n, total| -> Vec<usize> {
            page_links("/fr/stories/", n, total)
                .iter()
                .map(|l| l.number)
                .collect()
        };
        assert_eq!(shown(1, 3), [1, 2, 3]);
        assert_eq!(shown(50, 100), [1, 0, 48, 49, 50, 51, 52, 0, 100]);
        assert_eq!(shown(2, 1000), [1, 2, 3, 4, 0, 1000]);
        assert_eq!(page_links("/fr/stories/", 50, 100).len(), 9);
    }
}
