$version: "2"

namespace example.platform.v1

use aws.protocols#restJson1
use example.platform#ApiVersionRetiredError
use example.platform#ForbiddenError
use example.platform#GoneError
use example.platform#InternalError
use example.platform#NotFoundError
use example.platform#PageSize
use example.platform#RateLimitedError
use example.platform#ServiceUnavailableError
use example.platform#UnauthorizedError
use example.platform#User
use example.platform#UserId
use example.platform#UserList
use example.platform#UserStatus
use example.platform#ValidationError
use example.platform#environments
use example.platform#lifecycle
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes

/// The partner's user accounts: the people who sign in to the partner portal. Applications can
/// read them; changing them is reserved for people.
///
/// Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
@title("Platform Users API v1")
@restJson1
@oauth2ClientCredentials(
    tokenPath: "/oauth/token"
    scopes: {
        "users:read": "Read the partner's user accounts."
        "users:write": "Change the partner's user accounts. Never granted to applications."
    }
)
@auth([oauth2ClientCredentials])
@environments([
    {
        name: "prod"
        baseUrl: "https://api.example.gov"
        tokenUrl: "https://api.example.gov/oauth/token"
        description: "Production: live data of real partners. Use production credentials."
    }
    {
        name: "sandbox"
        baseUrl: "https://api-sandbox.example.gov"
        tokenUrl: "https://api-sandbox.example.gov/oauth/token"
        description: "Hosted sandbox with synthetic data and its own credentials, for development and tests."
    }
    {
        name: "local"
        baseUrl: "http://127.0.0.1:4010"
        tokenUrl: "http://127.0.0.1:4010/oauth/token"
        description: "The sandbox server running on your own machine (`platform-sandbox --port 4010`)."
    }
])
@lifecycle(
    major: 1
    releasedAt: "2024-03-01T00:00:00Z"
    deprecatedAt: "2026-06-01T00:00:00Z"
    sunsetAt: "2027-12-01T00:00:00Z"
    successor: "example.platform.v2#Users"
    policyUrl: "https://developer.example.gov/versions/policy"
)
service Users {
    version: "1.0"
    operations: [
        GetUser
        ListUsers
        DeleteUser
    ]
    errors: [
        UnauthorizedError
        ForbiddenError
        ApiVersionRetiredError
        RateLimitedError
        InternalError
        ServiceUnavailableError
    ]
}

/// Gets one of the partner's users. A deleted user is a `GoneError`.
@readonly
@http(method: "GET", uri: "/v1/users/{userId}")
@requiredScopes(["users:read"])
@tags(["Users"])
@examples([
    {
        title: "Get a user"
        input: {
            userId: "usr_3m8Qz1Lk5v"
        }
        output: {
            user: {
                userId: "usr_3m8Qz1Lk5v"
                partnerId: "ptn_4f8a2c1d9e7b"
                email: "ada@acme.example"
                displayName: "Ada Example"
                status: "active"
                createdAt: "2025-02-10T12:05:00Z"
                lastSignedInAt: "2026-11-19T08:15:00Z"
            }
        }
    }
    {
        title: "Deleted user"
        input: {
            userId: "usr_9Zx1Cv2Bn3"
        }
        error: {
            shapeId: GoneError
            content: {
                code: "GoneError"
                message: "User usr_9Zx1Cv2Bn3 was deleted."
                requestId: "req_01JD9ZC3D4E5F6"
                resourceType: "user"
                resourceId: "usr_9Zx1Cv2Bn3"
                deletedAt: "2026-10-01T12:00:00Z"
            }
        }
    }
])
operation GetUser {
    input :=
        /// Which user to get.
        {
            /// The user's identifier.
            @required
            @httpLabel
            userId: UserId
        }

    output :=
        /// The user.
        {
            /// The user.
            @required
            user: User
        }

    errors: [
        ValidationError
        NotFoundError
        GoneError
    ]
}

/// Lists the partner's users, newest first, a page at a time.
@readonly
@http(method: "GET", uri: "/v1/users")
@requiredScopes(["users:read"])
@paginated(inputToken: "page", outputToken: "nextPage", pageSize: "pageSize", items: "users")
@tags(["Users"])
@examples([
    {
        title: "List active users"
        input: {
            status: "active"
        }
        output: {
            users: [
                {
                    userId: "usr_3m8Qz1Lk5v"
                    partnerId: "ptn_4f8a2c1d9e7b"
                    email: "ada@acme.example"
                    displayName: "Ada Example"
                    status: "active"
                    createdAt: "2025-02-10T12:05:00Z"
                    lastSignedInAt: "2026-11-19T08:15:00Z"
                }
            ]
            totalCount: 1
        }
    }
])
operation ListUsers {
    input :=
        /// Which users to list, and which page.
        {
            /// The page to return, from the previous response's `nextPage`; the first page when
            /// absent.
            @httpQuery("page")
            page: PageToken

            /// How many users a page holds at most.
            @httpQuery("pageSize")
            pageSize: PageSize = 20

            /// Only users with this status.
            @httpQuery("status")
            status: UserStatus
        }

    output :=
        /// One page of users.
        {
            /// The users of this page, newest first.
            @required
            users: UserList

            /// The `page` to ask for next; absent on the last page.
            nextPage: PageToken

            /// How many users match the filter over all pages.
            @required
            totalCount: TotalCount
        }

    errors: [
        ValidationError
    ]
}

/// Deletes a user account. For people only: it is part of the API so that the reference is
/// complete, but an application calling it always gets `ForbiddenError` with reason
/// `human_only`, whatever its scopes. Delete users in the partner portal instead.
@idempotent
@http(method: "DELETE", uri: "/v1/users/{userId}", code: 204)
@requiredScopes(["users:write"])
@tags(["Users"])
@examples([
    {
        title: "A person deletes a user"
        documentation: "Only a person's portal session gets this answer; applications get the `ForbiddenError` of the next example."
        input: {
            userId: "usr_3m8Qz1Lk5v"
        }
        output: {}
    }
    {
        title: "An application tries to delete a user"
        input: {
            userId: "usr_3m8Qz1Lk5v"
        }
        error: {
            shapeId: ForbiddenError
            content: {
                code: "ForbiddenError"
                message: "Deleting a user is reserved for people signed in to the partner portal."
                requestId: "req_01JD9ZD4E5F6G7"
                reason: "human_only"
            }
        }
    }
])
operation DeleteUser {
    input :=
        /// Which user to delete.
        {
            /// The user's identifier.
            @required
            @httpLabel
            userId: UserId
        }

    output :=
        /// Nothing: the user is deleted.
        {}

    errors: [
        ValidationError
        NotFoundError
        GoneError
    ]
}
