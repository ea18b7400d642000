/// The rules about structured identifiers (NHS and NI numbers, postcodes, phones, emails,
/// vehicle registrations, dates of birth, addresses, social media handles).
enum StructuredRules {
    static let all: [any AnonymisationRule] = [
        NHSNumberRule(), NINumberRule(), PostcodeRule(), PhoneRule(), EmailRule(), VehicleRegistrationRule(),
        DateOfBirthRule(), AddressRule(), SocialHandleRule(),
    ]
}
