using System.Text.Json;

namespace BadgeSdk.Loyalty.Wire;

/// <summary>Turns the public badge models into Capillary's wire shape and back.</summary>
internal static class BadgeMetaMapper
{
    public static BadgeMetaWire ToWire(CreateBadgeRequest request) => new()
    {
        Name = request.Name,
        Description = request.Description,
        StartOn = request.StartOn,
        StartOnIso = request.StartOn,
        ExpiresOn = request.ExpiresOn,
        ExpiresOnIso = request.ExpiresOn,
        EarnedBadgeExpiry = ToWire(request.EarnedBadgeExpiry),
        IssuedBadgeExpiry = request.IssuedBadgeExpiry is { } issued ? ToWire(issued) : null,
        Images = NullIfEmpty(request.Images),
        Ownership = new OwnershipWire
        {
            RestrictedToOwners = [.. request.Ownership.RestrictedToOwners],
            Claims = NullIfEmpty(request.Ownership.Claims),
        },
        CustomerConstraints = NullIfEmpty(request.CustomerConstraints.Select(ToWire)),
        BadgeConstraints = NullIfEmpty(request.BadgeConstraints.Select(ToWire)),
        EarnType = request.EarnType,
        Benefits = NullIfEmpty(request.Benefits.Select(ToWire)),
        Tags = NullIfEmpty(request.Tags),
        Active = request.Active,
        CustomFields = request.CustomFields.Count == 0
            ? null
            : request.CustomFields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, LoyaltyJsonContext.Default.String)),
        BadgeGroupId = request.BadgeGroupId,
        BadgeRank = request.BadgeRank,
    };

    public static BadgeDefinition FromWire(BadgeMetaWire wire, IReadOnlyList<BadgeError> warnings) => new()
    {
        Id = wire.Id ?? string.Empty,
        OrgId = wire.OrgId,
        Name = wire.Name,
        Description = wire.Description,
        StartOn = wire.StartOnIso ?? wire.StartOn,
        ExpiresOn = wire.ExpiresOnIso ?? wire.ExpiresOn,
        EarnedBadgeExpiry = FromWire(wire.EarnedBadgeExpiry),
        IssuedBadgeExpiry = FromWire(wire.IssuedBadgeExpiry),
        Images = wire.Images ?? [],
        RestrictedToOwners = wire.Ownership?.RestrictedToOwners ?? [],
        Claims = wire.Ownership?.Claims ?? [],
        CustomerConstraints = (wire.CustomerConstraints ?? []).Select(c => Fill(new CustomerConstraint(c.ConstraintType), c)).ToList(),
        BadgeConstraints = (wire.BadgeConstraints ?? []).Select(c => Fill(new BadgeConstraint(c.ConstraintType), c)).ToList(),
        Benefits = (wire.Benefits ?? []).Select(FromWire).ToList(),
        Tags = wire.Tags ?? [],
        BadgeGroupId = wire.BadgeGroupId,
        BadgeRank = wire.BadgeRank,
        EarnType = wire.EarnType,
        Status = wire.Status,
        IssuedCount = wire.IssuedCount,
        EarnedCount = wire.EarnedCount,
        CreatedOn = wire.CreatedOn,
        CreatedBy = wire.CreatedBy,
        LastUpdatedOn = wire.LastUpdatedOn,
        LastUpdatedBy = wire.LastUpdatedBy,
        CustomFields = (wire.CustomFields ?? []).ToDictionary(f => f.Key, f => Text(f.Value)),
        Active = wire.Active ?? wire.IsActive,
        Warnings = warnings,
    };

    private static ExpiryWire ToWire(BadgeExpiry expiry) => new()
    {
        ExpiryType = expiry.ExpiryType,
        Type = expiry.Method,
        ExpiresOn = expiry.ExpiresOn,
        ExpireWithBadgeMeta = expiry.ExpireWithBadgeMeta,
        RelativeExpiryType = expiry.RelativeUnit,
        Value = expiry.Value,
    };

    private static BadgeExpiry? FromWire(ExpiryWire? wire) => wire is null
        ? null
        : new BadgeExpiry(wire.ExpiryType ?? default, wire.Type, wire.ExpiresOn, wire.ExpireWithBadgeMeta, wire.RelativeExpiryType, wire.Value);

    private static ConstraintWire ToWire(BadgeEarnConstraint constraint) => new()
    {
        ConstraintType = constraint.ConstraintType,
        DurationType = constraint.DurationType,
        RefreshRate = constraint.RefreshRate,
        StartDayOfTheWeek = constraint.StartDayOfTheWeek,
        MaxEarnLimit = constraint.MaxEarnLimit,
        RollType = constraint.RollType,
        RollValue = constraint.RollValue,
        MaxEarnForDays = constraint.MaxEarnForDays,
        RollForDays = constraint.RollForDays,
        MaxEarnForWeeks = constraint.MaxEarnForWeeks,
        RollForWeeks = constraint.RollForWeeks,
        MaxEarnForMonths = constraint.MaxEarnForMonths,
        RollForMonths = constraint.RollForMonths,
    };

    private static T Fill<T>(T constraint, ConstraintWire wire)
        where T : BadgeEarnConstraint
    {
        constraint.Read(wire);
        return constraint;
    }

    private static BenefitWire ToWire(BadgeBenefit benefit) => new()
    {
        BenefitType = benefit.BenefitType,
        SeriesId = benefit.SeriesId,
        Points = benefit.Points,
        ProgramId = benefit.ProgramId,
        PromotionId = benefit.PromotionId,
        AllocationStrategyId = benefit.AllocationStrategyId,
        ExpirationStrategyId = benefit.ExpirationStrategyId,
        DefaultTillId = benefit.DefaultTillId,
    };

    private static BadgeBenefit FromWire(BenefitWire wire) => new(wire.BenefitType)
    {
        SeriesId = wire.SeriesId,
        Points = wire.Points,
        ProgramId = wire.ProgramId,
        PromotionId = wire.PromotionId,
        AllocationStrategyId = wire.AllocationStrategyId,
        ExpirationStrategyId = wire.ExpirationStrategyId,
        DefaultTillId = wire.DefaultTillId,
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
