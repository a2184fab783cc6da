using System.Text.Json;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Turns the public badge models into Capillary's wire shape and back.</summary>
internal static class BadgeMetaMapper
{
    public static BadgeMetaWire ToWire(BadgeDefinitionFields request) => new()
    {
        Id = (request as UpdateBadgeRequest)?.Id,
        Name = request.Name,
        Description = request.Description,
        StartOn = request.StartOn,
        StartOnIso = request.StartOn,
        ExpiresOn = request.ExpiresOn,
        ExpiresOnIso = request.ExpiresOn,
        EarnedBadgeExpiry = ToWire(request.EarnedBadgeExpiry),
        IssuedBadgeExpiry = request.IssuedBadgeExpiry is { } issued ? ToWire(issued) : null,
        Images = NullIfEmpty(request.Images.Select(i => new ImageLinkWire { Name = i.Name, FileSvcHandle = i.FileSvcHandle, Url = i.Url, Tag = i.Tag?.Value })),
        Ownership = new OwnershipWire
        {
            RestrictedToOwners = [.. request.Ownership.RestrictedToOwners.Select(o => o.Value)],
            Claims = NullIfEmpty(request.Ownership.Claims.Select(c => new ClaimWire { OwnerType = c.OwnerType.Value, ReferenceId = c.ReferenceId, BadgeMetaId = c.BadgeMetaId })),
        },
        CustomerConstraints = NullIfEmpty(request.CustomerConstraints.Select(ToWire)),
        BadgeConstraints = NullIfEmpty(request.BadgeConstraints.Select(ToWire)),
        EarnType = request.EarnType.Value,
        Benefits = NullIfEmpty(request.Benefits.Select(ToWire)),
        Tags = NullIfEmpty(request.Tags.Select(t => new TagWire { Name = t.Name, Value = t.Value })),
        Active = request.Active,
        CustomFields = request.CustomFields.Count == 0
            ? null
            : request.CustomFields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, LoyaltyJsonContext.Default.String)),
        BadgeGroupId = request.BadgeGroupId,
        BadgeRank = request.BadgeRank,
    };

    // A list may hold JSON nulls whatever its element type says; they are skipped, not dereferenced.
    public static BadgeDefinition FromWire(BadgeMetaWire wire) => new()
    {
        Id = wire.Id ?? string.Empty,
        NumericId = wire.BadgeNumericId,
        OrgId = wire.OrgId,
        Name = wire.Name,
        Description = wire.Description,
        StartOn = wire.StartOnIso ?? wire.StartOn,
        ExpiresOn = wire.ExpiresOnIso ?? wire.ExpiresOn,
        EarnedBadgeExpiry = FromWire(wire.EarnedBadgeExpiry),
        IssuedBadgeExpiry = FromWire(wire.IssuedBadgeExpiry),
        Images = (wire.Images ?? []).OfType<ImageLinkWire>().Select(i => new BadgeImageLink(i.Name, i.FileSvcHandle, i.Url, ExtensibleEnum.From<ImageTag>(i.Tag))).ToList(),
        RestrictedToOwners = (wire.Ownership?.RestrictedToOwners ?? []).OfType<string>().Select(o => new OwnerType(o)).ToList(),
        Claims = (wire.Ownership?.Claims ?? []).OfType<ClaimWire>().Select(FromWire).ToList(),
        CustomerConstraints = (wire.CustomerConstraints ?? []).OfType<ConstraintWire>().Select(c => Fill(new CustomerConstraint(new ConstraintType(c.ConstraintType ?? string.Empty)), c)).ToList(),
        BadgeConstraints = (wire.BadgeConstraints ?? []).OfType<ConstraintWire>().Select(c => Fill(new BadgeConstraint(new ConstraintType(c.ConstraintType ?? string.Empty)), c)).ToList(),
        Benefits = (wire.Benefits ?? []).OfType<BenefitWire>().Select(FromWire).ToList(),
        Tags = (wire.Tags ?? []).OfType<TagWire>().Select(t => new BadgeTag(t.Name, t.Value)).ToList(),
        BadgeGroupId = wire.BadgeGroupId,
        BadgeGroupName = wire.BadgeGroupName,
        BadgeRank = wire.BadgeRank,
        EarnType = ExtensibleEnum.From<EarnType>(wire.EarnType),
        Status = ExtensibleEnum.From<BadgeStatus>(wire.Status),
        IssuedCount = wire.IssuedCount,
        EarnedCount = wire.EarnedCount,
        CreatedOn = wire.CreatedOnIso ?? wire.CreatedOn,
        CreatedBy = wire.CreatedBy,
        LastUpdatedOn = wire.LastUpdatedOnIso ?? wire.LastUpdatedOn,
        LastUpdatedBy = wire.LastUpdatedBy,
        CustomFields = (wire.CustomFields ?? []).ToDictionary(f => f.Key, f => Text(f.Value)),
        Active = wire.Active ?? wire.IsActive,
    };

    public static BadgeClaim FromWire(ClaimWire wire)
        => new(new OwnerType(wire.OwnerType ?? string.Empty), wire.ReferenceId) { BadgeMetaId = wire.BadgeMetaId, IsActive = wire.IsActive };

    private static ExpiryWire ToWire(BadgeExpiry expiry) => new()
    {
        ExpiryType = expiry.ExpiryType.Value,
        Type = expiry.Method?.Value,
        ExpiresOn = expiry.ExpiresOn,
        ExpireWithBadgeMeta = expiry.ExpireWithBadgeMeta,
        RelativeExpiryType = expiry.RelativeUnit?.Value,
        Value = expiry.Value,
    };

    private static BadgeExpiry? FromWire(ExpiryWire? wire) => wire is null
        ? null
        : new BadgeExpiry(new ExpiryType(wire.ExpiryType ?? string.Empty), ExtensibleEnum.From<ExpiryMethod>(wire.Type), wire.ExpiresOn, wire.ExpireWithBadgeMeta, ExtensibleEnum.From<PeriodUnit>(wire.RelativeExpiryType), wire.Value);

    private static ConstraintWire ToWire(BadgeEarnConstraint constraint) => new()
    {
        ConstraintType = constraint.ConstraintType.Value,
        DurationType = constraint.DurationType?.Value,
        RefreshRate = constraint.RefreshRate,
        StartDayOfTheWeek = constraint.StartDayOfTheWeekValue ?? (constraint.StartDayOfTheWeek is { } day ? DayOfWeekText.Format(day) : null),
        MaxEarnLimit = constraint.MaxEarnLimit,
        RollType = constraint.RollType?.Value,
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
        constraint.DurationType = ExtensibleEnum.From<DurationType>(wire.DurationType);
        constraint.RefreshRate = wire.RefreshRate;
        constraint.StartDayOfTheWeek = DayOfWeekText.TryParse(wire.StartDayOfTheWeek, out var day) ? day : null;
        constraint.StartDayOfTheWeekValue = wire.StartDayOfTheWeek;
        constraint.MaxEarnLimit = wire.MaxEarnLimit;
        constraint.RollType = ExtensibleEnum.From<PeriodUnit>(wire.RollType);
        constraint.RollValue = wire.RollValue;
        constraint.MaxEarnForDays = wire.MaxEarnForDays;
        constraint.RollForDays = wire.RollForDays;
        constraint.MaxEarnForWeeks = wire.MaxEarnForWeeks;
        constraint.RollForWeeks = wire.RollForWeeks;
        constraint.MaxEarnForMonths = wire.MaxEarnForMonths;
        constraint.RollForMonths = wire.RollForMonths;
        constraint.ReferenceId = wire.ReferenceId;
        constraint.CycleStatus = ExtensibleEnum.From<BadgeStatus>(wire.CycleStatus);
        constraint.StartDate = wire.StartDate;
        constraint.EndDate = wire.EndDate;
        return constraint;
    }

    private static BenefitWire ToWire(BadgeBenefit benefit) => new()
    {
        BenefitType = benefit.BenefitType.Value,
        SeriesId = benefit.SeriesId,
        Points = benefit.Points,
        ProgramId = benefit.ProgramId,
        PromotionId = benefit.PromotionId,
        AllocationStrategyId = benefit.AllocationStrategyId,
        ExpirationStrategyId = benefit.ExpirationStrategyId,
        DefaultTillId = benefit.DefaultTillId,
    };

    private static BadgeBenefit FromWire(BenefitWire wire) => new(new BenefitType(wire.BenefitType ?? string.Empty))
    {
        SeriesId = wire.SeriesId,
        Points = wire.Points,
        ProgramId = wire.ProgramId,
        PromotionId = wire.PromotionId,
        AllocationStrategyId = wire.AllocationStrategyId,
        ExpirationStrategyId = wire.ExpirationStrategyId,
        DefaultTillId = wire.DefaultTillId,
    };

    private static string Text(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.GetRawText();
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escape that is no text (a lone surrogate) keeps its JSON form rather than failing the badge.
            return value.GetRawText();
        }
    }

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
