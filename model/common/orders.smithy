$version: "2"

// Order vocabulary that every API version shares. The order structures themselves differ
// between versions and live in each version's namespace.
namespace example.platform

/// Where an order is in its life. New statuses may be added: treat an unknown one as "in
/// progress".
enum OrderStatus {
    /// Received and priced; not yet confirmed. Can be cancelled.
    PENDING = "pending"

    /// Confirmed for fulfilment. Can still be cancelled.
    CONFIRMED = "confirmed"

    /// Fulfilled. Can no longer be cancelled.
    FULFILLED = "fulfilled"

    /// Cancelled by the partner or the platform. Final.
    CANCELLED = "cancelled"
}

/// A set of order statuses, to filter a list by.
@uniqueItems
list OrderStatusList {
    member: OrderStatus
}

/// Why an order was cancelled.
enum CancellationReason {
    /// The partner's customer asked for it.
    REQUESTED_BY_CUSTOMER = "requested_by_customer"

    /// The order duplicates another order.
    DUPLICATE = "duplicate"

    /// The order is believed to be fraudulent.
    FRAUDULENT = "fraudulent"

    /// Any other reason.
    OTHER = "other"
}

/// A stock-keeping unit: the catalogue identifier of a product, for example `WIDGET-001`.
@pattern("^[A-Za-z0-9][A-Za-z0-9._-]*$")
@length(min: 1, max: 64)
string Sku

/// Number of units of a product in one line item.
@range(min: 1, max: 10000)
integer Quantity

/// Name of a product as shown in the catalogue, for example `Standard widget`.
@length(min: 1, max: 200)
string ProductDescription

/// The partner's own identifier for an order (for example, its order number), stored and
/// returned as given. Not required to be unique.
@length(min: 1, max: 128)
string ExternalReference

/// Free-form note, for example why an order was cancelled.
@length(min: 1, max: 500)
string Note

/// Up to 20 key-value pairs the partner attaches to an object for its own use. The API stores
/// and returns them unchanged and never interprets them. Do not put personal data here.
@length(max: 20)
map Metadata {
    /// Letters, digits, `_`, `.` and `-`, up to 40 characters.
    key: MetadataKey

    /// Any text up to 500 characters.
    value: MetadataValue
}

/// Key of a metadata entry.
@pattern("^[A-Za-z0-9_.-]+$")
@length(min: 1, max: 40)
string MetadataKey

/// Value of a metadata entry.
@length(max: 500)
string MetadataValue
