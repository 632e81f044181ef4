$version: "2"

// User accounts: the people of a partner who sign in to the partner portal. Applications may
// read them; managing them is for people only. The same in every API version so far.
namespace example.platform

/// A person with an account in the partner portal, belonging to the caller's partner.
structure User {
    /// Identifier of the user.
    @required
    userId: UserId

    /// The partner the user belongs to (always the caller's partner).
    @required
    partnerId: PartnerId

    /// The user's email address, also their sign-in name.
    @required
    email: EmailAddress

    /// The user's name as they want it shown.
    @required
    displayName: PersonName

    /// Whether the user can sign in.
    @required
    status: UserStatus

    /// When the account was created.
    @required
    createdAt: DateTime

    /// When the user last signed in; absent if never.
    lastSignedInAt: DateTime
}

/// Users, newest first.
list UserList {
    member: User
}

/// Whether a user can sign in.
enum UserStatus {
    /// Invited; has not accepted the invitation yet.
    INVITED = "invited"

    /// Can sign in.
    ACTIVE = "active"

    /// Blocked by an administrator of the partner.
    SUSPENDED = "suspended"
}

/// An email address (personal data: redacted in logs).
@sensitive
@length(min: 3, max: 254)
@pattern("^[^@\\s]+@[^@\\s]+$")
string EmailAddress

/// A person's name (personal data: redacted in logs).
@sensitive
@length(min: 1, max: 200)
string PersonName
