"""RDF: build quads from records (build), persist them (store), query them (query)."""
