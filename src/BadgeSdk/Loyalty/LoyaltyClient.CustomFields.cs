using System.Text.Json;
using BadgeSdk.Core.Http;
using BadgeSdk.Loyalty.Wire;

namespace BadgeSdk.Loyalty;

/// <summary>Badge custom fields: create, read, list (all pages or one), update.</summary>
public partial class LoyaltyClient
{
    /// <summary>
    /// Creates a badge custom field (<c>POST api_gateway/v1/badges/customField</c>, body
    /// <c>{name, isMandatory, defaultValue, dataType}</c>). Capillary documents neither a key nor
    /// unique names for custom fields, so a lost attempt cannot be recognised: the create is re-sent
    /// only when the connection was refused, and an attempt lost after it may have reached Capillary
    /// (a timeout, a reset, a 5xx) ends in an exception with
    /// <see cref="BadgeApiException.MayHaveBeenProcessed"/> set. Then list the fields
    /// (<see cref="ListCustomFieldsAsync"/>) and look for the name before creating it again.
    /// </summary>
    /// <param name="request">The field.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The field as Capillary stored it, with any warnings.</returns>
    /// <exception cref="BadgeValidationException">The name or data type is blank (nothing was sent), or Capillary rejected the field.</exception>
    /// <exception cref="BadgeApiException">Capillary refused the field; or, with <see cref="BadgeApiException.MayHaveBeenProcessed"/> set, the field may have been created.</exception>
    public virtual async Task<CreateCustomFieldResult> CreateCustomFieldAsync(CreateCustomFieldRequest request, CancellationToken cancellationToken = default)
    {
        CustomFieldValidator.Validate(request);
        var call = new BadgeHttpRequest("CreateCustomField", HttpMethod.Post, BadgeGroupMapper.CustomFieldPath)
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeGroupMapper.ToWire(request), LoyaltyJsonContext.Default.CustomFieldBodyWire),

            // No key and no documented unique name: a resend after a lost attempt could make a second field.
            Safety = RetrySafety.NotIdempotent,
        };
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomFieldWire, cancellationToken).ConfigureAwait(false);
        return call.Complete(new CreateCustomFieldResult(BadgeGroupMapper.FromWire(data)) { Warnings = warnings });
    }

    /// <summary>Reads one badge custom field (<c>GET api_gateway/v1/badges/customField/{customFieldId}</c>).</summary>
    /// <param name="customFieldId">The field's id.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The field.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="customFieldId"/> is blank (nothing was sent).</exception>
    /// <exception cref="BadgeApiException">Capillary refused the read, for example for an unknown id (its answer for one is not documented).</exception>
    public virtual async Task<BadgeCustomField> GetCustomFieldAsync(string customFieldId, CancellationToken cancellationToken = default)
    {
        BadgeValidationException.ThrowIfBlank(customFieldId, nameof(customFieldId));
        var call = new BadgeHttpRequest("GetCustomField", HttpMethod.Get, $"{BadgeGroupMapper.CustomFieldPath}/{Uri.EscapeDataString(customFieldId)}");
        var (data, _, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomFieldWire, cancellationToken).ConfigureAwait(false);
        return BadgeGroupMapper.FromWire(data);
    }

    /// <summary>
    /// Lists every badge custom field that matches, page after page
    /// (<c>GET api_gateway/v1/badges/customField</c>, <c>page</c> from 0 and <c>size</c>), reading
    /// the next page only when the previous one is used up.
    /// </summary>
    /// <param name="request">The filter, sorting and page size.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The fields, in Capillary's order.</returns>
    /// <exception cref="BadgeValidationException"><see cref="ListCustomFieldsRequest.PageSize"/> is below 1 (thrown here, before anything is sent).</exception>
    /// <exception cref="BadgeApiException">A page could not be read, or Capillary answered another page than the one asked for.</exception>
    public virtual IAsyncEnumerable<BadgeCustomField> ListCustomFieldsAsync(ListCustomFieldsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckPaging(request.PageSize, 0);
        return ReadAllPagesAsync((page, token) => ReadCustomFieldPageAsync("ListCustomFields", request, page, token), r => r.Fields, r => r.HasMore, cancellationToken);
    }

    /// <summary>Reads one page of the badge custom field list (<c>GET api_gateway/v1/badges/customField</c>).</summary>
    /// <param name="request">The filter, sorting and page size.</param>
    /// <param name="page">The page, from 0.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The page's fields with <c>pagination</c> as Capillary sent it.</returns>
    /// <exception cref="BadgeValidationException"><paramref name="page"/> or the page size is invalid (nothing was sent).</exception>
    public virtual Task<ListCustomFieldsResult> ListCustomFieldsPageAsync(ListCustomFieldsRequest request, int page = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckPaging(request.PageSize, page);
        return ReadCustomFieldPageAsync("ListCustomFieldsPage", request, page, cancellationToken);
    }

    /// <summary>
    /// Replaces a badge custom field (<c>PUT api_gateway/v1/badges/customField/{customFieldId}</c>,
    /// body <c>{name, isMandatory, defaultValue, isActive, dataType}</c>).
    /// </summary>
    /// <param name="request">The field's id and every value it keeps.</param>
    /// <param name="cancellationToken">Cancels the call, backoff waits included.</param>
    /// <returns>The field as Capillary stored it, with any warnings.</returns>
    /// <exception cref="BadgeValidationException">The id, name or data type is blank (nothing was sent), or Capillary rejected the change.</exception>
    /// <exception cref="BadgeApiException">Capillary refused the change (for example for an unknown id; its answer for one is not documented).</exception>
    public virtual async Task<UpdateCustomFieldResult> UpdateCustomFieldAsync(UpdateCustomFieldRequest request, CancellationToken cancellationToken = default)
    {
        CustomFieldValidator.Validate(request);
        var call = new BadgeHttpRequest("UpdateCustomField", HttpMethod.Put, $"{BadgeGroupMapper.CustomFieldPath}/{Uri.EscapeDataString(request.CustomFieldId)}")
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(BadgeGroupMapper.ToWire(request), LoyaltyJsonContext.Default.CustomFieldBodyWire),

            // A replace by id: sending the same field twice leaves the same field.
            Safety = RetrySafety.Idempotent,
        };
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomFieldWire, cancellationToken).ConfigureAwait(false);
        return call.Complete(new UpdateCustomFieldResult(BadgeGroupMapper.FromWire(data)) { Warnings = warnings });
    }

    private async Task<ListCustomFieldsResult> ReadCustomFieldPageAsync(string operation, ListCustomFieldsRequest request, int page, CancellationToken cancellationToken)
    {
        var call = new BadgeHttpRequest(operation, HttpMethod.Get, BadgeGroupMapper.ListCustomFieldsPath(request, page));
        var (data, warnings, _) = await SendAsync(call, LoyaltyJsonContext.Default.CapillaryEnvelopeCustomFieldListWire, cancellationToken).ConfigureAwait(false);
        ThrowIfOtherPage(operation, page, data.Pagination?.Page, "page", setting: null);
        return call.Complete(BadgeGroupMapper.FromWire(data, warnings));
    }
}
