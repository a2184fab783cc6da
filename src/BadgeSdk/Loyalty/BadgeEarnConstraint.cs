namespace BadgeSdk.Loyalty;

/// <summary>
/// A limit on how often a badge can be earned: the fields Capillary defines for every constraint
/// type, of which each type uses only its own. Build one through the factories of
/// <see cref="CustomerConstraint"/> and <see cref="BadgeConstraint"/>.
/// </summary>
public abstract class BadgeEarnConstraint
{
    private protected BadgeEarnConstraint(ConstraintType constraintType) => ConstraintType = constraintType;

    /// <summary>Gets the constraint's type (<c>constraintType</c>).</summary>
    public ConstraintType ConstraintType { get; }

    /// <summary>Gets the fixed window's length (<c>durationType</c>).</summary>
    public DurationType? DurationType { get; internal set; }

    /// <summary>Gets how many days a daily window lasts (<c>refreshRate</c>).</summary>
    public int? RefreshRate { get; internal set; }

    /// <summary>Gets the day a weekly window starts (<c>startDayOfTheWeek</c>; the API sends a name or a number).</summary>
    public DayOfWeek? StartDayOfTheWeek { get; internal set; }

    /// <summary>
    /// Gets <c>startDayOfTheWeek</c> exactly as Capillary sent it (<c>"TUESDAY"</c>, <c>1</c>, or a
    /// form the SDK does not know, in which case <see cref="StartDayOfTheWeek"/> is <see langword="null"/>
    /// and the badge still reads); <see langword="null"/> on constraints built in code.
    /// </summary>
    public string? StartDayOfTheWeekValue { get; internal set; }

    /// <summary>Gets the most times the badge can be earned in the window or in all (<c>maxEarnLimit</c>).</summary>
    public int? MaxEarnLimit { get; internal set; }

    /// <summary>Gets the rolling window's unit (<c>rollType</c>).</summary>
    public PeriodUnit? RollType { get; internal set; }

    /// <summary>Gets the rolling window's length in <see cref="RollType"/>s (<c>rollValue</c>).</summary>
    public int? RollValue { get; internal set; }

    /// <summary>Gets the most earns per rolling day window (<c>maxEarnForDays</c>).</summary>
    public int? MaxEarnForDays { get; internal set; }

    /// <summary>Gets the rolling day window's length (<c>rollForDays</c>).</summary>
    public int? RollForDays { get; internal set; }

    /// <summary>Gets the most earns per rolling week window (<c>maxEarnForWeeks</c>).</summary>
    public int? MaxEarnForWeeks { get; internal set; }

    /// <summary>Gets the rolling week window's length (<c>rollForWeeks</c>).</summary>
    public int? RollForWeeks { get; internal set; }

    /// <summary>Gets the most earns per rolling month window (<c>maxEarnForMonths</c>).</summary>
    public int? MaxEarnForMonths { get; internal set; }

    /// <summary>Gets the rolling month window's length (<c>rollForMonths</c>).</summary>
    public int? RollForMonths { get; internal set; }

    /// <summary>Gets the id Capillary gave the constraint (responses only).</summary>
    public string? ReferenceId { get; internal set; }

    /// <summary>Gets the state of the current window (responses only).</summary>
    public BadgeStatus? CycleStatus { get; internal set; }

    /// <summary>Gets the start of the current window (responses only).</summary>
    public DateTimeOffset? StartDate { get; internal set; }

    /// <summary>Gets the end of the current window (responses only).</summary>
    public DateTimeOffset? EndDate { get; internal set; }

    private protected static T WithFixedWindow<T>(T constraint, DurationType durationType, int maxEarnLimit, int? refreshRate, DayOfWeek? startDayOfTheWeek)
        where T : BadgeEarnConstraint
    {
        if (string.IsNullOrEmpty(durationType.Value))
        {
            throw BadgeValidationException.ForField(nameof(durationType), "a fixed window needs a duration type (daily, weekly or monthly).");
        }

        BadgeValidationException.ThrowIfLessThan(maxEarnLimit, 0, nameof(maxEarnLimit));
        if (durationType.IsDaily && refreshRate is not > 0)
        {
            throw BadgeValidationException.ForField(nameof(refreshRate), "a daily fixed window needs refreshRate (the window's length in days, at least 1).");
        }

        if (durationType.IsWeekly && startDayOfTheWeek is null)
        {
            throw BadgeValidationException.ForField(nameof(startDayOfTheWeek), "a weekly fixed window needs startDayOfTheWeek.");
        }

        constraint.DurationType = durationType;
        constraint.MaxEarnLimit = maxEarnLimit;
        constraint.RefreshRate = refreshRate;
        constraint.StartDayOfTheWeek = startDayOfTheWeek;
        return constraint;
    }

    /// <summary>Makes <paramref name="constraint"/> a limit of <paramref name="maxEarnLimit"/> earns in all.</summary>
    private protected static T WithFixedValue<T>(T constraint, int maxEarnLimit)
        where T : BadgeEarnConstraint
    {
        BadgeValidationException.ThrowIfLessThan(maxEarnLimit, 0, nameof(maxEarnLimit));
        constraint.MaxEarnLimit = maxEarnLimit;
        return constraint;
    }
}
