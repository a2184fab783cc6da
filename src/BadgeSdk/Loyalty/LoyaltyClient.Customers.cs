using System.Runtime.ExceptionServices;
using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Customers: revoke enrolments, earn (one and in bulk), revoke earns, import earned badges, and read a customer's badges.</summary>
public partial class LoyaltyClient
{
    private const string CustomerIdentifierHeader = "X-CAP-CUSTOMER-IDENTIFIER";

    private string RevokeEarnPath => _definitionOptions?.RevokeEarnPath ?? "api_gateway/v1/badges/customer/revokeEarn";

    private HttpMethod ImportMethod => new(_definitionOptions?.ImportEarnedBadgesMethod ?? "POST");

    /// <summary>
    /// Revokes enrolments (<c>POST api_gateway/v1/badges/badgeMeta/customer/revokeIssue</c>, body
    /// <c>{badgeMetaId, customers}</c> or <c>{badgeMetaId, revokeIssuals}</c>). Capillary answers per
    /// customer: one without an active issue fails alone (404 "Customer doesn't have issue instance").
    /// </summary>
    /// <param name="request">The badge and the enrolments.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>Every customer's outcome; after a lost attempt (<see cref="RevokeEnrolmentResult.EarlierAttemptMayHaveBeenProcessed"/>) a 404 customer was most probably revoked by it.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent), or Capillary rejected it (1051).</exception>
    /// <exception cref="BadgeNotFoundException">No badge has this id (404 "Passed badge is not found").</exception>
    public virtual async Task<RevokeEnrolmentResult> RevokeEnrolmentAsync(RevokeEnrolmentRequest request, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Validate(request);
        var call = new BadgeHttpRequest("RevokeEnrolment", HttpMethod.Post, CustomerBadgeMapper.RevokeIssuePath)
        {
            JsonBody = CustomerBadgeMapper.ToWire(request),

            // Revoking twice leaves the enrolment revoked; the repeat reports it per customer, and the result says a lost attempt may explain that.
            Safety = RetrySafety.Idempotent,
        };
        var (data, warnings, earlier) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeRevokeIssueDataWire, cancellationToken).ConfigureAwait(false);
        return call.Complete(CustomerBadgeMapper.FromWire(data, request.BadgeId, warnings, earlier));
    }

    /// <summary>
    /// Awards a badge to one customer (<c>POST api_gateway/v1/badges/customer/earn</c>). Every attempt
    /// sends the same <c>requestId</c>, so Capillary answers a repeat with 809 instead of earning
    /// twice; when an attempt was lost and the retry gets 809, the earn was processed: the customer's
    /// badge is read back (<see cref="GetCustomerBadgeAsync"/>) and returned with
    /// <see cref="EarnBadgeResult.AlreadyProcessed"/> set.
    /// </summary>
    /// <param name="request">The badge, customer, trigger and request id.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits and the read-back included.</param>
    /// <returns>The earned badge, or what Capillary holds after an earlier attempt processed it.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent: for example an event date more than 24 hours ahead), or Capillary rejected it (811 the badge must be issued first, 816 event date outside the badge).</exception>
    /// <exception cref="BadgeConflictException">This request id was used before this call (809 on the first attempt).</exception>
    /// <exception cref="BadgeAlreadyProcessedException">A lost attempt was processed (809 on the retry) but the read-back failed; <c>Data["LookupError"]</c> says why.</exception>
    public virtual async Task<EarnBadgeResult> EarnBadgeAsync(EarnBadgeRequest request, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Validate(request, _time.GetUtcNow());
        var requestId = request.RequestId ?? IdempotencyKey.New().Value;
        var call = new BadgeHttpRequest("EarnBadge", HttpMethod.Post, CustomerBadgeMapper.EarnPath)
        {
            JsonBody = CustomerBadgeMapper.ToWire(request, requestId),
            RequestId = requestId,

            // Capillary deduplicates on the request id (809), which every attempt repeats.
            Safety = RetrySafety.Idempotent,
        };
        try
        {
            var (data, warnings, earlier) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeEarnDataWire, cancellationToken).ConfigureAwait(false);
            return call.Complete(CustomerBadgeMapper.FromWire(data, request, requestId, warnings, earlier));
        }
        catch (BadgeAlreadyProcessedException processed)
        {
            return new EarnBadgeResult
            {
                BadgeId = request.BadgeId,
                CustomerId = request.CustomerId,
                RequestId = requestId,
                AlreadyProcessed = true,
                EarlierAttemptMayHaveBeenProcessed = true,
                Held = await ReadBackAsync(processed, "EarnBadge", CustomerKey.FromId(request.CustomerId), request.BadgeId, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    /// <summary>
    /// Awards a badge to many customers (<c>POST api_gateway/v1/badges/customer/earnBulk</c>), with
    /// the machinery of <see cref="IssueBulkAsync"/>: chunks of
    /// <see cref="LoyaltyClientOptions.IssueBulkChunkSize"/> customers, at most
    /// <see cref="LoyaltyClientOptions.IssueBulkMaxConcurrency"/> in flight, content-hashed chunk
    /// request ids, and an outcome for every customer.
    /// </summary>
    /// <param name="request">The badge, customers, trigger and request id.</param>
    /// <param name="cancellationToken">Stops starting new chunks; customers of chunks not started are <see cref="EarnOutcome.NotSent"/>, those of a chunk cancelled after it was sent <see cref="EarnOutcome.Unknown"/>.</param>
    /// <returns>Every customer's outcome: earned, failed with the reason (for example 1040), unknown, or not sent.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent), or, for a list that fits one chunk, Capillary rejected it (810 the badge must be claimed first).</exception>
    /// <exception cref="BadgeAlreadyProcessedException">For a list that fits one chunk: an attempt was lost and the retry got 809, so the earn was most probably processed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before any chunk started.</exception>
    public virtual async Task<EarnBulkResult> EarnBulkAsync(EarnBulkRequest request, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Validate(request, _time.GetUtcNow());
        cancellationToken.ThrowIfCancellationRequested();
        var requestId = request.RequestId ?? IdempotencyKey.New().Value;
        var (chunks, chunkIds) = PlanChunks(requestId, request.CustomerIds);
        var outcomes = await SendChunksAsync(
            "EarnBulk",
            CustomerBadgeMapper.EarnBulkPath,
            chunks,
            chunkIds,
            (customers, chunkId) => CustomerBadgeMapper.ToWire(request, customers, chunkId),
            LoyaltyJsonContext.Default.CapillaryEnvelopeEarnBulkDataWire,
            cancellationToken).ConfigureAwait(false);

        var customersOut = new List<CustomerEarn>(request.CustomerIds.Count);
        var warnings = new List<BadgeError>();
        EarnBulkDataWire? first = null;
        for (var i = 0; i < chunks.Count; i++)
        {
            if (outcomes[i]?.Data is { } data)
            {
                first ??= data;
                warnings.AddRange(outcomes[i]!.Warnings);
            }

            customersOut.AddRange(chunks[i].Select(id => Earn(id, chunkIds[i], outcomes[i])));
        }

        var result = new EarnBulkResult
        {
            BadgeId = request.BadgeId,
            RequestId = requestId,
            ExpiresOn = first?.ExpiresOnIso ?? first?.ExpiresOn,
            Customers = customersOut,
            Warnings = warnings,
        };
        result.SetRawResponse(LastResponse(outcomes));
        return result;
    }

    /// <summary>
    /// Revokes an earned badge (<c>POST {RevokeEarnPath}</c>, body <c>{badgeMetaId, customerId, earnedBadgeId}</c>;
    /// the path is <see cref="LoyaltyClientOptions.RevokeEarnPath"/>, inferred, as the pages disagree).
    /// A customer addressed by another identifier is sent with <c>X-CAP-CUSTOMER-IDENTIFIER</c>.
    /// When an attempt was lost and the retry gets 814 (no active earn), the lost attempt revoked it:
    /// the result says so (<see cref="RevokeEarnResult.AlreadyProcessed"/>).
    /// </summary>
    /// <param name="request">The badge, customer and earned badge.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The earned badge, inactive.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent).</exception>
    /// <exception cref="BadgeNotFoundException">The customer has no active earn of this badge (814 on the first attempt).</exception>
    public virtual async Task<RevokeEarnResult> RevokeEarnAsync(RevokeEarnRequest request, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Validate(request);
        var call = WithCustomer(
            new BadgeHttpRequest("RevokeEarn", HttpMethod.Post, RevokeEarnPath)
            {
                JsonBody = CustomerBadgeMapper.ToWire(request),

                // Revoking an earn twice leaves it revoked; the repeat's 814 is read as "already processed".
                Safety = RetrySafety.Idempotent,
            },
            request.Customer);
        try
        {
            var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeRevokeEarnDataWire, cancellationToken).ConfigureAwait(false);
            return call.Complete(new RevokeEarnResult
            {
                BadgeId = data.BadgeMetaId ?? request.BadgeId,
                CustomerId = data.CustomerId is { ValueKind: JsonValueKind.Number or JsonValueKind.String } id ? BadgeMetaMapper.Text(id) : request.Customer.Value,
                EarnedBadgeId = data.EarnedBadgeId ?? request.EarnedBadgeId,
                IsActive = data.IsActive ?? false,
                Warnings = warnings,
            });
        }
        catch (BadgeAlreadyProcessedException)
        {
            return new RevokeEarnResult { BadgeId = request.BadgeId, CustomerId = request.Customer.Value, EarnedBadgeId = request.EarnedBadgeId, AlreadyProcessed = true };
        }
    }

    /// <summary>
    /// Imports earned badges (<c>POST api_gateway/v1/badges/import/customerBadges</c>, a JSON array
    /// body; the method is <see cref="LoyaltyClientOptions.ImportEarnedBadgesMethod"/>, inferred, as
    /// the page says both PUT and POST). Capillary answers an array of envelopes, one per element.
    /// Not retried after an attempt that may have arrived: the import carries no key to deduplicate on.
    /// </summary>
    /// <param name="request">The earned badges.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>Every element's outcome, with its errors (for example 1054, another organisation's badge).</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent), or Capillary rejected it as a whole.</exception>
    public virtual async Task<ImportEarnedBadgesResult> ImportEarnedBadgesAsync(ImportEarnedBadgesRequest request, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Validate(request);
        var call = new BadgeHttpRequest("ImportEarnedBadges", ImportMethod, CustomerBadgeMapper.ImportPath)
        {
            JsonBody = CustomerBadgeMapper.ToWire(request),
            Safety = RetrySafety.NotIdempotent,
        };
        if (request.HistoricalImport)
        {
            call.Headers.Add(new(MigrationHeader, "migration"));
        }

        var response = await Transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess && response.TryRead(LoyaltyJsonContext.Default.ListCapillaryEnvelopeEarnDataWire) is { } elements)
        {
            return call.Complete(new ImportEarnedBadgesResult { Badges = [.. elements.Select(CustomerBadgeMapper.FromWire)] });
        }

        // Not an array: an envelope that reports a failure is thrown typed; anything else is unreadable.
        Transport.Reader.Read(call, response, LoyaltyJsonContext.Default.CapillaryErrorBody);
        throw Transport.Reader.Unreadable(call, response);
    }

    /// <summary>Reads a customer's badges (<c>GET api_gateway/v1/badges/customer/{customerId}</c>), with <c>X-CAP-CUSTOMER-IDENTIFIER</c> for another identifier.</summary>
    /// <param name="request">The customer and filters.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The badges with the customer's earn counts.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (nothing was sent).</exception>
    public virtual async Task<GetCustomerBadgesResult> GetCustomerBadgesAsync(GetCustomerBadgesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CustomerOperationsValidator.Check(request.Customer, nameof(request.Customer));
        var call = WithCustomer(new BadgeHttpRequest("GetCustomerBadges", HttpMethod.Get, CustomerBadgeMapper.CustomerBadgesPath(request)), request.Customer);
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomerBadgesWire, cancellationToken).ConfigureAwait(false);
        return call.Complete(CustomerBadgeMapper.FromWire(data, warnings));
    }

    /// <summary>
    /// Lists every badge of a customer in the management listing, page after page
    /// (<c>GET api_gateway/v1/badges/management/{customerId}</c>, <c>page</c> from 0 and <c>size</c>),
    /// reading the next page only when the previous one is used up.
    /// </summary>
    /// <param name="request">The customer and filters.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The badges, in Capillary's order.</returns>
    /// <exception cref="BadgeValidationException">The request is invalid (thrown here, before anything is sent).</exception>
    /// <exception cref="BadgeApiException">A page could not be read, or Capillary answered another page than the one asked for.</exception>
    public virtual IAsyncEnumerable<CustomerBadgeSummary> ListCustomerBadgesAsync(ListCustomerBadgesRequest request, CancellationToken cancellationToken = default)
    {
        CheckList(request);
        return ListAllCustomerBadgesAsync(request, cancellationToken);
    }

    /// <summary>Reads one page of the management listing of a customer's badges (<c>GET api_gateway/v1/badges/management/{customerId}</c>).</summary>
    /// <param name="request">The customer and filters.</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The page's badges with <c>pagination</c> as Capillary sent it.</returns>
    /// <exception cref="BadgeValidationException">A filter or <paramref name="page"/> is invalid (nothing was sent).</exception>
    public virtual Task<ListCustomerBadgesResult> ListCustomerBadgesPageAsync(ListCustomerBadgesRequest request, int page = 0, CancellationToken cancellationToken = default)
    {
        CheckList(request);
        if (page < 0)
        {
            throw BadgeValidationException.ForField(nameof(page), "must be 0 or more (pages count from 0).");
        }

        return ReadCustomerPageAsync("ListCustomerBadgesPage", request, page, cancellationToken);
    }

    /// <summary>Reads one badge of one customer (<c>GET api_gateway/v1/badges/management/{customerId}/badge/{badgeId}</c>).</summary>
    /// <param name="customer">The customer (an id, or another identifier sent as <c>X-CAP-CUSTOMER-IDENTIFIER</c>).</param>
    /// <param name="badgeId">The badge definition's id.</param>
    /// <param name="includeStatistics">Sends <c>includeStatistics=true</c>: constraints with their counts, and the issue and earn details.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The customer's badge.</returns>
    /// <exception cref="BadgeValidationException">An argument is invalid (nothing was sent).</exception>
    /// <exception cref="BadgeNotFoundException">No badge has this id.</exception>
    public virtual Task<CustomerBadgeDetails> GetCustomerBadgeAsync(CustomerKey customer, string badgeId, bool includeStatistics = false, CancellationToken cancellationToken = default)
    {
        CustomerOperationsValidator.Check(customer, nameof(customer));
        CustomerOperationsValidator.CheckId(badgeId, nameof(badgeId));
        return ReadCustomerBadgeAsync("GetCustomerBadge", customer, badgeId, includeStatistics, cancellationToken);
    }

    private static BadgeHttpRequest WithCustomer(BadgeHttpRequest call, CustomerKey customer)
    {
        if (customer.IdentifiedBy is { } by)
        {
            call.Headers.Add(new(CustomerIdentifierHeader, by.Value));
        }

        return call;
    }

    private static void CheckList(ListCustomerBadgesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CustomerOperationsValidator.Check(request.Customer, nameof(request.Customer));
        if (request.PageSize < 1)
        {
            throw BadgeValidationException.ForField(nameof(request.PageSize), "must be at least 1.");
        }
    }

    private static CustomerEarn Earn(long customerId, string chunkId, ChunkOutcome<EarnBulkDataWire>? outcome)
    {
        if (outcome is null)
        {
            return new CustomerEarn(customerId, EarnOutcome.NotSent, chunkId);
        }

        if (outcome.Error is { } error)
        {
            return new CustomerEarn(customerId, ChunkFate(error, EarnOutcome.Unknown, EarnOutcome.NotSent, EarnOutcome.Failed), chunkId) { ChunkError = error };
        }

        var data = outcome.Data!;
        var failed = data.FailedEarnBadgeErrorList?.FirstOrDefault(b => b?.CustomerId == customerId);
        var item = failed ?? data.IssuedBadges?.FirstOrDefault(b => b?.CustomerId == customerId) ?? data.EarnedBadgesList?.FirstOrDefault(b => b?.CustomerId == customerId);
        if (item is null && data.CustomerId == customerId)
        {
            // The single-customer shape: the earn itself at the top level.
            item = new EarnedItemWire { CustomerId = customerId, EarnedBadgeId = data.EarnedBadgeId, IssuedId = data.IssuedId };
        }

        if (item is null)
        {
            return new CustomerEarn(customerId, EarnOutcome.Unknown, chunkId);
        }

        // An entry of the failure list is a failure even when it carries no error of its own.
        var refused = CustomerBadgeMapper.Error(item.Error) ?? (failed is null ? null : new BadgeError(0, "Listed in failedEarnBadgeErrorList without an error."));
        return new CustomerEarn(customerId, refused is null ? EarnOutcome.Earned : EarnOutcome.Failed, chunkId)
        {
            EarnedBadgeId = item.EarnedBadgeId,
            IssuedId = item.IssuedId,
            Status = ExtensibleEnum.From<BadgeStatus>(item.Status),
            Error = refused,
        };
    }

    private async Task<CustomerBadgeDetails> ReadCustomerBadgeAsync(string operation, CustomerKey customer, string badgeId, bool includeStatistics, CancellationToken cancellationToken)
    {
        var call = WithCustomer(new BadgeHttpRequest(operation, HttpMethod.Get, CustomerBadgeMapper.DetailsPath(customer, badgeId, includeStatistics)), customer);
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomerBadgeDetailsWire, cancellationToken).ConfigureAwait(false);
        return CustomerBadgeMapper.FromWire(data);
    }

    /// <summary>Reads what Capillary holds after a repeat said an earlier attempt was processed; a read that fails leaves the repeat's own error to be thrown, with the read's reason attached.</summary>
    private async Task<CustomerBadgeDetails> ReadBackAsync(BadgeAlreadyProcessedException processed, string operation, CustomerKey customer, string badgeId, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadCustomerBadgeAsync(operation, customer, badgeId, includeStatistics: true, cancellationToken).ConfigureAwait(false);
        }
        catch (BadgeApiException lookup)
        {
            processed.Data["LookupError"] = lookup.Message;
            ExceptionDispatchInfo.Throw(processed);
            throw;
        }
    }

    private async Task<ListCustomerBadgesResult> ReadCustomerPageAsync(string operation, ListCustomerBadgesRequest request, int page, CancellationToken cancellationToken)
    {
        var call = WithCustomer(new BadgeHttpRequest(operation, HttpMethod.Get, CustomerBadgeMapper.ManagementListPath(request, page)), request.Customer);
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomerBadgeListWire, cancellationToken).ConfigureAwait(false);
        ThrowIfOtherPage(operation, page, data.Pagination?.Page, "page", setting: null);
        return call.Complete(CustomerBadgeMapper.FromWire(data, warnings));
    }

    private IAsyncEnumerable<CustomerBadgeSummary> ListAllCustomerBadgesAsync(ListCustomerBadgesRequest request, CancellationToken cancellationToken)
        => ReadAllPagesAsync((page, token) => ReadCustomerPageAsync("ListCustomerBadges", request, page, token), r => r.Badges, r => r.HasMore, cancellationToken);
}
