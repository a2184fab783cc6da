using BadgeSdk.Loyalty.Wire;

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
    public DurationType? DurationType { get; private protected set; }

    /// <summary>Gets how many days a daily window lasts (<c>refreshRate</c>).</summary>
    public int? RefreshRate { get; private protected set; }

    /// <summary>Gets the day a weekly window starts (<c>startDayOfTheWeek</c>; the API sends a name or a number).</summary>
    public DayOfWeek? StartDayOfTheWeek { get; private protected set; }

    /// <summary>Gets the most times the badge can be earned in the window or in all (<c>maxEarnLimit</c>).</summary>
    public int? MaxEarnLimit { get; private protected set; }

    /// <summary>Gets the rolling window's unit (<c>rollType</c>).</summary>
    public PeriodUnit? RollType { get; private protected set; }

    /// <summary>Gets the rolling window's length in <see cref="RollType"/>s (<c>rollValue</c>).</summary>
    public int? RollValue { get; private protected set; }

    /// <summary>Gets the most earns per rolling day window (<c>maxEarnForDays</c>).</summary>
    public int? MaxEarnForDays { get; private protected set; }

    /// <summary>Gets the rolling day window's length (<c>rollForDays</c>).</summary>
    public int? RollForDays { get; private protected set; }

    /// <summary>Gets the most earns per rolling week window (<c>maxEarnForWeeks</c>).</summary>
    public int? MaxEarnForWeeks { get; private protected set; }

    /// <summary>Gets the rolling week window's length (<c>rollForWeeks</c>).</summary>
    public int? RollForWeeks { get; private protected set; }

    /// <summary>Gets the most earns per rolling month window (<c>maxEarnForMonths</c>).</summary>
    public int? MaxEarnForMonths { get; private protected set; }

    /// <summary>Gets the rolling month window's length (<c>rollForMonths</c>).</summary>
    public int? RollForMonths { get; private protected set; }

    /// <summary>Gets the id Capillary gave the constraint (responses only).</summary>
    public string? ReferenceId { get; private protected set; }

    /// <summary>Gets the state of the current window (responses only).</summary>
    public BadgeStatus? CycleStatus { get; private protected set; }

    /// <summary>Gets the start of the current window (responses only).</summary>
    public DateTimeOffset? StartDate { get; private protected set; }

    /// <summary>Gets the end of the current window (responses only).</summary>
    public DateTimeOffset? EndDate { get; private protected set; }

    /// <summary>Copies every field Capillary sent; the response may carry any mix of them.</summary>
    internal void Read(ConstraintWire wire)
    {
        DurationType = wire.DurationType;
        RefreshRate = wire.RefreshRate;
        StartDayOfTheWeek = wire.StartDayOfTheWeek;
        MaxEarnLimit = wire.MaxEarnLimit;
        RollType = wire.RollType;
        RollValue = wire.RollValue;
        MaxEarnForDays = wire.MaxEarnForDays;
        RollForDays = wire.RollForDays;
        MaxEarnForWeeks = wire.MaxEarnForWeeks;
        RollForWeeks = wire.RollForWeeks;
        MaxEarnForMonths = wire.MaxEarnForMonths;
        RollForMonths = wire.RollForMonths;
        ReferenceId = wire.ReferenceId;
        CycleStatus = wire.CycleStatus;
        StartDate = wire.StartDate;
        EndDate = wire.EndDate;
    }

    /// <summary>Makes <paramref name="constraint"/> a fixed window, after checking the fields its duration needs.</summary>
    private protected static T WithFixedWindow<T>(T constraint, DurationType durationType, int maxEarnLimit, int? refreshRate, DayOfWeek? startDayOfTheWeek)
        where T : BadgeEarnConstraint
    {
        if (string.IsNullOrEmpty(durationType.Value))
        {
            throw new ArgumentException("A fixed window needs a duration type (daily, weekly or monthly).", nameof(durationType));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxEarnLimit);
        if (durationType.IsDaily && refreshRate is not > 0)
        {
            throw new ArgumentException("A daily fixed window needs refreshRate (the window's length in days, at least 1).", nameof(refreshRate));
        }

        if (durationType.IsWeekly && startDayOfTheWeek is null)
        {
            throw new ArgumentException("A weekly fixed window needs startDayOfTheWeek.", nameof(startDayOfTheWeek));
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
        ArgumentOutOfRangeException.ThrowIfNegative(maxEarnLimit);
        constraint.MaxEarnLimit = maxEarnLimit;
        return constraint;
    }
}
