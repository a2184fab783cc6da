namespace BadgeSdk.Loyalty;

/// <summary>
/// When an earned or issued badge expires. Build one with <see cref="WithBadgeMeta"/>,
/// <see cref="FixedDate"/>, <see cref="Relative"/> or <see cref="Never()"/>: each sends exactly the
/// fields its kind needs, so an incomplete expiry cannot be built.
/// </summary>
public sealed class BadgeExpiry
{
    internal BadgeExpiry(ExpiryType expiryType, ExpiryMethod? method, DateTimeOffset? expiresOn, bool? expireWithBadgeMeta, PeriodUnit? relativeUnit, int? value)
    {
        ExpiryType = expiryType;
        Method = method;
        ExpiresOn = expiresOn;
        ExpireWithBadgeMeta = expireWithBadgeMeta;
        RelativeUnit = relativeUnit;
        Value = value;
    }

    /// <summary>Gets how the badge expires (<c>expiryType</c>).</summary>
    public ExpiryType ExpiryType { get; }

    /// <summary>Gets, for an absolute expiry, what the date comes from (<c>type</c>).</summary>
    public ExpiryMethod? Method { get; }

    /// <summary>Gets the fixed expiry date (<c>expiresOn</c>), for <see cref="ExpiryMethod.FixedDate"/>.</summary>
    public DateTimeOffset? ExpiresOn { get; }

    /// <summary>Gets whether the badge expires with the badge definition (<c>expireWithBadgeMeta</c>).</summary>
    public bool? ExpireWithBadgeMeta { get; }

    /// <summary>Gets the unit of a relative expiry (<c>relativeExpirytype</c>, spelt so on the wire).</summary>
    public PeriodUnit? RelativeUnit { get; }

    /// <summary>Gets the number of <see cref="RelativeUnit"/>s of a relative expiry (<c>value</c>).</summary>
    public int? Value { get; }

    /// <summary>Expires when the badge definition ends (its <c>expiresOn</c>).</summary>
    /// <returns><c>{expiryType: ABSOLUTE, type: WITH_BADGE_META, expireWithBadgeMeta: true}</c>.</returns>
    public static BadgeExpiry WithBadgeMeta() => new(ExpiryType.Absolute, ExpiryMethod.WithBadgeMeta, null, true, null, null);

    /// <summary>Expires on a fixed date.</summary>
    /// <param name="expiresOn">The date; sent as epoch seconds.</param>
    /// <returns><c>{expiryType: ABSOLUTE, type: FIXED_DATE, expiresOn}</c>.</returns>
    public static BadgeExpiry FixedDate(DateTimeOffset expiresOn) => new(ExpiryType.Absolute, ExpiryMethod.FixedDate, expiresOn, null, null, null);

    /// <summary>Expires a period after the badge was issued.</summary>
    /// <param name="unit">Days, weeks or months.</param>
    /// <param name="value">How many; at least 1.</param>
    /// <returns><c>{expiryType: RELATIVE, relativeExpirytype, value}</c>.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="value"/> is below 1.</exception>
    public static BadgeExpiry Relative(PeriodUnit unit, int value)
    {
        if (string.IsNullOrEmpty(unit.Value))
        {
            throw BadgeValidationException.ForField(nameof(unit), "a relative expiry needs a unit (days, weeks or months).");
        }

        BadgeValidationException.ThrowIfLessThan(value, 1, nameof(value));
        return new(ExpiryType.Relative, null, null, null, unit, value);
    }

    /// <summary>
    /// Never expires (Capillary stores now + 100 years). The create page's table marks <c>type</c>
    /// and <c>expireWithBadgeMeta</c> required for every expiry and no example shows a NEVER expiry
    /// on create, so both are sent: <c>WITH_BADGE_META</c> (<c>FIXED_DATE</c> would need a date) and
    /// <see langword="false"/> (it does not end with the badge). These two values are inferred;
    /// <see cref="Never(ExpiryMethod?, bool?)"/> sends others, or none.
    /// </summary>
    /// <returns><c>{expiryType: NEVER, type: WITH_BADGE_META, expireWithBadgeMeta: false}</c>.</returns>
    public static BadgeExpiry Never() => Never(ExpiryMethod.WithBadgeMeta, expireWithBadgeMeta: false);

    /// <summary>
    /// Never expires, with the inferred companion fields chosen by the caller: the update page's
    /// example sends <c>{expiryType: NEVER}</c> alone, which <c>Never(null, null)</c> reproduces.
    /// </summary>
    /// <param name="method">The <c>type</c> to send, or <see langword="null"/> to send none.</param>
    /// <param name="expireWithBadgeMeta">The <c>expireWithBadgeMeta</c> to send, or <see langword="null"/> to send none.</param>
    /// <returns>The expiry.</returns>
    public static BadgeExpiry Never(ExpiryMethod? method, bool? expireWithBadgeMeta) => new(ExpiryType.Never, method, null, expireWithBadgeMeta, null, null);
}
