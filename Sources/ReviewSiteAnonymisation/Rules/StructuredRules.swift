import ReviewSiteCore
import ReviewSiteNames

/// The rules about structured identifiers (NHS and NI numbers, postcodes, phones, emails,
/// vehicle registrations, dates of birth, addresses, social media handles).
package enum StructuredRules {
    package static let all: [any AnonymisationRule] = [
        NHSNumberRule(), NINumberRule(), PostcodeRule(), PhoneRule(), EmailRule(), VehicleRegistrationRule(),
        DateOfBirthRule(), AddressRule(), SocialHandleRule(), QuasiIdentifierRule(),
    ]
}
