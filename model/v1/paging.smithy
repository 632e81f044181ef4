$version: "2"

// Version 1 pages lists by page number. Smithy pagination tokens are strings, so the page
// number travels as a decimal string: `page` in, `nextPage` out. Clients should treat it as an
// opaque token and only pass `nextPage` back; version 2 replaces it with real cursors.
namespace example.platform.v1

/// A page number as a decimal string, starting at `"1"`; the first page when absent. Pass the
/// `nextPage` of the previous response to get the next page.
@pattern("^[1-9][0-9]{0,8}$")
string PageToken

/// Number of items that match the request over all pages, at the time of the request.
@range(min: 0)
integer TotalCount
