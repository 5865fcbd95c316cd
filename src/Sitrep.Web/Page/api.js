// Reads the JSON API. A token given in the page's address (?token=) is sent with every call.
const token = new URLSearchParams(location.search).get('token');

export async function getJson(path, params) {
  const query = params ? '?' + new URLSearchParams(params).toString() : '';
  const headers = token ? { Authorization: 'Bearer ' + token } : {};
  const response = await fetch(path + query, { headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${path}: HTTP ${response.status}`);
  return body;
}

export const FILTER_NAMES = ['type', 'actor', 'place', 'source', 'from', 'to'];

/** The filters of the current address, without empty ones. */
export function filtersOf(params) {
  const filters = {};
  for (const name of FILTER_NAMES) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}
