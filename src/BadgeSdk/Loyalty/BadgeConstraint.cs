namespace BadgeSdk.Loyalty;

/// <summary>A limit on how often a badge can be earned across all customers (<c>badgeConstraints[]</c>).</summary>
public sealed class BadgeConstraint : BadgeEarnConstraint
{
    internal BadgeConstraint(ConstraintType constraintType)
        : base(constraintType)
    {
    }

    /// <summary>At most <paramref name="maxEarnLimit"/> earns per fixed window.</summary>
    /// <param name="durationType">The window: daily windows need <paramref name="refreshRate"/>, weekly ones <paramref name="startDayOfTheWeek"/>.</param>
    /// <param name="maxEarnLimit">Earns allowed per window.</param>
    /// <param name="refreshRate">A daily window's length in days.</param>
    /// <param name="startDayOfTheWeek">The day a weekly window starts.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="BadgeValidationException">A field the duration needs is missing.</exception>
    public static BadgeConstraint FixedWindow(DurationType durationType, int maxEarnLimit, int? refreshRate = null, DayOfWeek? startDayOfTheWeek = null)
        => WithFixedWindow(new BadgeConstraint(ConstraintType.BadgeFixedWindow), durationType, maxEarnLimit, refreshRate, startDayOfTheWeek);

    /// <summary>
    /// At most <paramref name="maxEarnLimit"/> earns per window of <paramref name="refreshRate"/> days,
    /// sent as <c>"durationType": "DAYS"</c>: the form every example on the create page uses (the
    /// table's text says DAILY; see <see cref="DurationType"/>).
    /// </summary>
    /// <param name="maxEarnLimit">Earns allowed per window.</param>
    /// <param name="refreshRate">The window's length in days.</param>
    /// <param name="startDayOfTheWeek">The day the cycle starts, sent as its name; the examples send one with DAYS too.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="BadgeValidationException">A field is missing or out of range.</exception>
    public static BadgeConstraint FixedWindow(int maxEarnLimit, int refreshRate, DayOfWeek? startDayOfTheWeek = null)
        => WithFixedWindow(new BadgeConstraint(ConstraintType.BadgeFixedWindow), Loyalty.DurationType.Days, maxEarnLimit, refreshRate, startDayOfTheWeek);

    /// <summary>At most <paramref name="maxEarnLimit"/> earns in all.</summary>
    /// <param name="maxEarnLimit">Earns allowed.</param>
    /// <returns>The constraint.</returns>
    public static BadgeConstraint FixedValue(int maxEarnLimit)
        => WithFixedValue(new BadgeConstraint(ConstraintType.BadgeFixedValue), maxEarnLimit);

    /// <summary>At most <paramref name="maxEarnLimit"/> earns in any <paramref name="rollValue"/> <paramref name="rollType"/>.</summary>
    /// <param name="rollType">Days, weeks or months.</param>
    /// <param name="rollValue">The window's length; at least 1.</param>
    /// <param name="maxEarnLimit">Earns allowed per window.</param>
    /// <returns>The constraint.</returns>
    public static BadgeConstraint RollingWindow(PeriodUnit rollType, int rollValue, int maxEarnLimit)
    {
        if (string.IsNullOrEmpty(rollType.Value))
        {
            throw BadgeValidationException.ForField(nameof(rollType), "a rolling window needs a roll type (days, weeks or months).");
        }

        BadgeValidationException.ThrowIfLessThan(rollValue, 1, nameof(rollValue));
        BadgeValidationException.ThrowIfLessThan(maxEarnLimit, 0, nameof(maxEarnLimit));
        return new(ConstraintType.BadgeRollingWindow) { RollType = rollType, RollValue = rollValue, MaxEarnLimit = maxEarnLimit };
    }

    /// <summary>No overall limit.</summary>
    /// <returns>The constraint.</returns>
    public static BadgeConstraint NoLimit() => new(ConstraintType.BadgeNoLimit);
}
