$version: "2"

// Version 2 pages every list with opaque cursors: `cursor` in, `nextCursor` out. A cursor
// points between two items, so items created or deleted while paging neither repeat nor go
// missing, and no total count is computed.
namespace example.platform.v2

/// An opaque position in a list, from the `nextCursor` of the previous response. Do not build
/// or change cursors. A cursor is valid for 24 hours and only with the same filters; an invalid
/// or expired cursor is a `ValidationError` on `/cursor`.
@pattern("^[A-Za-z0-9_-]+$")
@length(min: 1, max: 1024)
string Cursor
