namespace BadgeSdk.Loyalty;

/// <summary>A limit on how often one customer can earn a badge (<c>customerConstraints[]</c>; applies when the earn type is EARN).</summary>
public sealed class CustomerConstraint : BadgeEarnConstraint
{
    internal CustomerConstraint(ConstraintType constraintType)
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
    public static CustomerConstraint FixedWindow(DurationType durationType, int maxEarnLimit, int? refreshRate = null, DayOfWeek? startDayOfTheWeek = null)
        => WithFixedWindow(new CustomerConstraint(ConstraintType.CustomerFixedWindow), durationType, maxEarnLimit, refreshRate, startDayOfTheWeek);

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
    public static CustomerConstraint FixedWindow(int maxEarnLimit, int refreshRate, DayOfWeek? startDayOfTheWeek = null)
        => WithFixedWindow(new CustomerConstraint(ConstraintType.CustomerFixedWindow), Loyalty.DurationType.Days, maxEarnLimit, refreshRate, startDayOfTheWeek);

    /// <summary>At most <paramref name="maxEarnLimit"/> earns in all.</summary>
    /// <param name="maxEarnLimit">Earns allowed.</param>
    /// <returns>The constraint.</returns>
    public static CustomerConstraint FixedValue(int maxEarnLimit)
        => WithFixedValue(new CustomerConstraint(ConstraintType.CustomerFixedValue), maxEarnLimit);

    /// <summary>
    /// Limits over rolling periods: at most <c>maxEarnForDays</c> earns in any <c>rollForDays</c>
    /// days, and likewise for weeks and months. Each limit comes with its period; at least one pair is needed.
    /// </summary>
    /// <param name="maxEarnForDays">Earns allowed per rolling day window.</param>
    /// <param name="rollForDays">The day window's length.</param>
    /// <param name="maxEarnForWeeks">Earns allowed per rolling week window.</param>
    /// <param name="rollForWeeks">The week window's length.</param>
    /// <param name="maxEarnForMonths">Earns allowed per rolling month window.</param>
    /// <param name="rollForMonths">The month window's length.</param>
    /// <returns>The constraint.</returns>
    /// <exception cref="BadgeValidationException">A limit lacks its period (or the reverse), or no pair is given.</exception>
    public static CustomerConstraint RollingWindow(
        int? maxEarnForDays = null,
        int? rollForDays = null,
        int? maxEarnForWeeks = null,
        int? rollForWeeks = null,
        int? maxEarnForMonths = null,
        int? rollForMonths = null)
    {
        var pairs = Pair(maxEarnForDays, rollForDays, "Days") + Pair(maxEarnForWeeks, rollForWeeks, "Weeks") + Pair(maxEarnForMonths, rollForMonths, "Months");
        if (pairs == 0)
        {
            throw BadgeValidationException.ForField("maxEarnForDays", "a rolling window needs at least one limit with its period (for example maxEarnForDays with rollForDays).");
        }

        return new(ConstraintType.CustomerRollingWindow)
        {
            MaxEarnForDays = maxEarnForDays,
            RollForDays = rollForDays,
            MaxEarnForWeeks = maxEarnForWeeks,
            RollForWeeks = rollForWeeks,
            MaxEarnForMonths = maxEarnForMonths,
            RollForMonths = rollForMonths,
        };
    }

    /// <summary>No limit per customer.</summary>
    /// <returns>The constraint.</returns>
    public static CustomerConstraint NoLimit() => new(ConstraintType.CustomerNoLimit);

    private static int Pair(int? limit, int? period, string unit)
    {
        if (limit.HasValue != period.HasValue)
        {
            throw BadgeValidationException.ForField($"maxEarnFor{unit}", $"maxEarnFor{unit} and rollFor{unit} go together: give both or neither.");
        }

        if (period is < 1 || limit is < 0)
        {
            throw BadgeValidationException.ForField($"rollFor{unit}", $"rollFor{unit} must be at least 1 and maxEarnFor{unit} at least 0.");
        }

        return limit.HasValue ? 1 : 0;
    }
}
